package id.netra.findings.domain;

/** Who reported the case; may ask to stay anonymous to everyone but the admin. */
public record Reporter(String name, String contact, boolean confidential) {

    public static final Reporter NONE = new Reporter("", "", false);

    public Reporter {
        name = name == null ? "" : name.strip();
        contact = contact == null ? "" : contact.strip();
    }

    public boolean isEmpty() {
        return name.isEmpty() && contact.isEmpty();
    }
}
