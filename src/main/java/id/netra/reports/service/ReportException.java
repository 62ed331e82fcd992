package id.netra.reports.service;

import id.netra.i18n.UserMessage;

/** A report that cannot be made, said so the clerk understands (no OPD profile, unknown period...). */
public final class ReportException extends Exception implements UserMessage {

    private final String key;
    private final transient Object[] args;

    public ReportException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
