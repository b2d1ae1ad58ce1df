package org.filmlens.storage;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Crash-safe file replacement: the new content goes to a temp file in the same folder, is forced to disk, and is
 * then moved over the target in one atomic rename. A reader therefore sees either the old file or the new one,
 * never a half-written one.
 */
public final class AtomicFiles {
    private static final int BUFFER_BYTES = 1 << 16;

    /** Content streamed straight into the temp file, so a large file never has to be held in memory whole. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content; closing {@code out} only flushes it (the file is closed and forced after). */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Replaces {@code target} atomically with what {@code content} writes; a failure leaves the old file. */
    public static void write(Path target, Content content) throws IOException {
        try (Staged staged = stage(target, content)) {
            staged.commit();
        }
    }

    /**
     * Writes {@code content} to a temp file beside {@code target} and forces it to disk, without replacing
     * {@code target} yet: a large file can then be written while other work goes on and swapped in with the rest.
     */
    public static Staged stage(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // the writer's process id in the name: a temp file of a process no longer running is known for left over
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-",
                ".tmp");
        try {
            try (FileOutputStream file = new FileOutputStream(tmp.toFile())) {
                BufferedOutputStream buffered = new BufferedOutputStream(file, BUFFER_BYTES);
                content.writeTo(new FlushOnClose(buffered));
                buffered.flush();
                file.getFD().sync();
            }
            return new Staged(target, tmp);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A file written in full beside its target: {@link #commit} renames it over the target, closing deletes it. */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path tmp;

        private Staged(Path target, Path tmp) {
            this.target = target;
            this.tmp = tmp;
        }

        /** Replaces the target in one atomic rename and makes the rename durable. */
        public void commit() throws IOException {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(target.toAbsolutePath().getParent());
        }

        /** Deletes the temp file when it was not committed. */
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Renames {@code from} to {@code to} in the same folder (never replacing an existing {@code to}) and makes the
     * rename durable; used to set a damaged file aside so that nothing ever writes over it.
     */
    public static void moveAside(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
        forceDirectory(to.toAbsolutePath().getParent());
    }

    /**
     * Deletes temp files that {@link #write} left behind for {@code target} when a process died mid-save. Only call
     * this while holding the lock that every writer of {@code target} takes, or a live writer's temp file could go.
     */
    public static void deleteStaleTemps(Path target) throws IOException {
        deleteStaleTemps(target, null);
    }

    /**
     * As {@link #deleteStaleTemps(Path)}, only the temp files last written before {@code before} (null: all), and
     * those of a process that is no longer running, however recent.
     */
    public static void deleteStaleTemps(Path target, Instant before) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path t : temps) {
                if (before == null || writerGone(t.getFileName().toString(), prefix)
                        || Files.getLastModifiedTime(t).toInstant().isBefore(before)) {
                    Files.deleteIfExists(t);
                }
            }
        }
    }

    /** The temp file names its writer's process ({@code .name.PID-….tmp}) and no such process is running here. */
    static boolean writerGone(String tempName, String prefix) {
        int dash = tempName.indexOf('-', prefix.length());
        if (dash <= prefix.length()) {
            return false;
        }
        try {
            long pid = Long.parseLong(tempName.substring(prefix.length(), dash));
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false; // a temp file of a build before the name held the writer
        }
    }

    /** Makes the rename itself durable; not every platform allows opening a folder, so failure is ignored. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the file content itself is already on disk
        }
    }

    /** Lets a writer that closes its stream when done (as Jackson does) leave the file open to be forced. */
    private static final class FlushOnClose extends OutputStream {
        private final OutputStream out;

        FlushOnClose(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
