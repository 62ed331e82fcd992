package id.netra.safety.store;

import java.nio.file.Path;

/** File chores the service layer shares with the archive code. */
public final class StoreFileOps {

    private StoreFileOps() {
    }

    /** Deletes a folder and everything under it; quiet when it is not there. */
    public static void deleteTree(Path root) {
        BackupArchive.deleteTree(root);
    }
}
