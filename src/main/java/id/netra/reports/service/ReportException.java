package id.netra.reports.service;

import id.netra.i18n.LocalizedException;

/** A report that cannot be made, said so the clerk understands (no OPD profile, unknown period...). */
public final class ReportException extends LocalizedException {

    public ReportException(String key, Object... args) {
        super(key, args);
    }
}
