package id.netra.findings.domain;

/**
 * The only place that decides whether a reporter's identity may be shown. Screens and prints
 * ask here and never read {@link Reporter} fields directly for display, so a confidential reporter
 * cannot leak through a forgotten code path.
 */
public final class ReporterPolicy {

    private ReporterPolicy() {
    }

    public static boolean mayReveal(Reporter reporter, Viewer viewer) {
        return !reporter.confidential() || viewer.admin();
    }

    /** The reporter as {@code viewer} may see it: identity blanked when confidential. */
    public static Reporter visible(Reporter reporter, Viewer viewer) {
        if (mayReveal(reporter, viewer)) {
            return reporter;
        }
        return new Reporter("", "", true);
    }
}
