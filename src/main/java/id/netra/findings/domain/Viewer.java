package id.netra.findings.domain;

/**
 * Who is looking at a case. Until the safety capability brings user accounts everyone is a plain
 * clerk; the admin flag is the single hook roles will set.
 */
public record Viewer(String name, boolean admin) {

    public static final Viewer CLERK = new Viewer("", false);
}
