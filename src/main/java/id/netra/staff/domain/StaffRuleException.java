package id.netra.staff.domain;

import java.util.Arrays;

/**
 * A value that breaks an identity or roster rule. It carries a bundle key and arguments rather than
 * text: the domain stays free of the i18n layer, and the import and the screens translate it.
 */
public final class StaffRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public StaffRuleException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
