package id.netra.samples;

import id.netra.i18n.LocalizedException;

/** Sample data that cannot be loaded (the store already holds data). */
public final class SampleException extends LocalizedException {

    public SampleException(String key) {
        super(key);
    }
}
