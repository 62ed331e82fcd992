package id.netra.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS-level lock on a file in the data folder: the second copy of Netra learns it is second
 * before it touches H2, so the clerk sees a sentence instead of H2's lock stack trace. The OS
 * drops the lock when the process dies, so a crash never leaves a stale lock behind.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(Path lockFile) throws StoreException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException(StoreException.Kind.ALREADY_RUNNING, lockFile.getParent().toString());
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.ALREADY_RUNNING, lockFile.getParent().toString());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, lockFile.getParent().toString(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one worth reporting
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
