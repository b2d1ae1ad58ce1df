package org.filmlens.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.filmlens.storage.AtomicFiles;

/**
 * Marks an ingest whose annotations are not yet re-anchored to the text it brought: written before the new corpus
 * is committed, removed once every annotation has been placed in it. A process killed in between, or an annotation
 * file locked by another for too long, leaves the mark; the next use of the annotations finds it and re-anchors
 * them, so a note never stays on the offsets of text that is gone.
 */
final class ReanchorPending {
    static final String FILE = ".reanchor-pending";

    private final Path file;

    ReanchorPending(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** Marks the corpus of {@code generation} as not yet re-anchored to. */
    void mark(String generation) throws IOException {
        AtomicFiles.write(file, generation.getBytes(StandardCharsets.UTF_8));
    }

    /** The generation whose re-anchoring is owed, if one is. */
    Optional<String> generation() {
        if (!Files.exists(file)) {
            return Optional.empty(); // nearly always: one look at the folder
        }
        try {
            String g = Files.readString(file, StandardCharsets.UTF_8).strip();
            return g.isEmpty() ? Optional.empty() : Optional.of(g);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the next ingest writes it again
        }
    }

    /**
     * The re-anchoring owed to {@code generation} is done, or it was owed to a corpus that never came in. A mark
     * naming another generation (a newer ingest's, written meanwhile) stays.
     */
    void clear(String generation) {
        if (!generation().map(generation::equals).orElse(false)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind, it only costs one more re-anchoring, which changes nothing
        }
    }

    /**
     * Whether the mark was written long enough ago that the ingest which wrote it cannot still be on its way to its
     * commit (that waits for the index, minutes at most): only then may a mark whose corpus is not on disk be
     * forgotten.
     */
    boolean stale() {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(java.time.Instant.now().minus(STALE_AFTER));
        } catch (IOException e) {
            return false;
        }
    }

    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(1);
}
