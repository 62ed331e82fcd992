package id.netra.safety.cli;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.StoreException;

/**
 * Opens the store for a command: with the file password from {@code NETRA_STORE_PASSWORD} when the
 * store is encrypted (a script cannot type into a prompt; the variable keeps it out of the process list).
 */
final class StoreAccess {

    static final String PASSWORD_VARIABLE = "NETRA_STORE_PASSWORD";

    private StoreAccess() {
    }

    static char[] password() {
        String p = System.getenv(PASSWORD_VARIABLE);
        return p == null || p.isEmpty() ? null : p.toCharArray();
    }

    static Database open(DataDirectory dir) throws StoreException {
        return Database.open(dir, id.netra.db.StoreFiles.isEncrypted(dir.databaseFile()) ? password() : null);
    }
}
