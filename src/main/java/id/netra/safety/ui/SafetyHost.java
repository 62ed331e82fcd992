package id.netra.safety.ui;

import java.nio.file.Path;

/**
 * What the Keamanan screen asks of the window: both actions close the store, change its files and
 * reopen it, which only the window (owner of the store's lifetime) can do.
 */
public interface SafetyHost {

    void restore(Path backup);

    /** Turns encryption on with {@code newPassword}, or off when it is null. */
    void changeEncryption(char[] newPassword);

    /** Whether the store is encrypted now. */
    boolean encrypted();
}
