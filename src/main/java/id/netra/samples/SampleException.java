package id.netra.samples;

import id.netra.i18n.UserMessage;

public final class SampleException extends Exception implements UserMessage {

    private final String key;

    public SampleException(String key) {
        super(key);
        this.key = key;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[0];
    }
}
