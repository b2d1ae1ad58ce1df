package org.filmlens.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a lock file, shared by threads of this JVM and by other processes. An OS file lock alone is
 * held per JVM (a second channel in the same JVM gets an exception, not a wait), so threads first queue on an
 * in-process lock for the same path and only the winner takes the OS lock.
 */
public final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 10;
    private static final long CHECK_MILLIS = 100;

    private FileLocks() {}

    /** A held lock; closing it releases it. */
    public static final class Held implements AutoCloseable {
        private final ReentrantLock local;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(ReentrantLock local, FileChannel channel, FileLock lock) {
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                try {
                    channel.close();
                } finally {
                    local.unlock();
                }
            }
        }
    }

    /**
     * Waits up to {@code timeout} for the lock on {@code lockFile} (created when missing).
     *
     * @throws StorageException when another thread or process holds it for longer, or the file cannot be opened
     */
    public static Held acquire(Path lockFile, Duration timeout) throws StorageException {
        return acquire(lockFile, timeout, () -> { });
    }

    /**
     * As {@link #acquire(Path, Duration)}, running {@code whileWaiting} about every {@value #CHECK_MILLIS} ms while
     * another holds the lock: a long wait the user may cancel (it throws, and the lock is not taken).
     */
    public static Held acquire(Path lockFile, Duration timeout, Runnable whileWaiting) throws StorageException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock(true));
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException(key + " is already locked by this thread");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!local.tryLock(Math.min(CHECK_MILLIS, Math.max(0, (deadline - System.nanoTime()) / 1_000_000)),
                    TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() > deadline) {
                    throw busy(key);
                }
                whileWaiting.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(key, "interrupted while waiting for the lock", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            for (long polls = 1; ; polls++) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new Held(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(key);
                }
                if (polls % (CHECK_MILLIS / POLL_MILLIS) == 0) {
                    whileWaiting.run();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof CancellationException cancelled) {
                throw cancelled; // from whileWaiting: the wait was given up
            }
            if (e instanceof StorageException se) {
                throw se;
            }
            String why = e instanceof java.nio.file.FileSystemException fs ? FileProblems.describe(fs) : e.getMessage();
            throw new StorageException(key, "cannot take the lock (" + why + (e instanceof
                    java.nio.file.AccessDeniedException ? "; the workspace folder is not writable for this user)"
                    : ")"), e);
        }
    }

    private static StorageException busy(Path key) {
        return new StorageException(key, "locked by another Filmlens window or command for too long; close it or "
                + "try again");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock was never taken; nothing to release
            }
        }
    }
}
