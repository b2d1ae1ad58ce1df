package org.filmlens.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.filmlens.annotations.AnnotationReferences;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.annotations.ReanchorReport;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.index.AnnotationIndex;
import org.filmlens.index.AnnotationResults;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.storage.StorageException;

/**
 * The user's annotations in a workspace folder: the store (opened on first use), the search index over it kept in
 * step with the file, and re-anchoring after an ingest. Locks of its own, so annotation work never waits for an
 * ingest.
 */
final class AnnotationAccess {
    private final Path dir;
    private AnnotationStore store;
    /** Guards the annotation index apart from the store, so searches do not queue behind opening it. */
    private final Object indexLock = new Object();
    private AnnotationIndex index;
    /** The annotation file as it was when the index was last filled from it. */
    private FileStamp indexed;

    private final ReanchorPending pending;

    /** The generation of the corpus on disk now, read under the annotation file's lock before a re-anchoring. */
    private final Supplier<Optional<String>> onDisk;

    AnnotationAccess(Path dir, Supplier<Optional<String>> onDisk) {
        this.dir = dir;
        this.pending = new ReanchorPending(dir);
        this.onDisk = onDisk;
    }

    /** Before an ingest commits the corpus of {@code generation}: the annotations owe it a re-anchoring. */
    void owe(String generation) throws IOException {
        pending.mark(generation);
    }

    /**
     * Re-anchors the annotations to the corpus shown now if an ingest committed it and was stopped (or kept from the
     * annotation file) before it could; forgets what was owed to a corpus that never came in.
     *
     * @param onDisk the generation of corpus.json as it is on disk now
     */
    void reanchorIfOwed(String generation, Supplier<Corpus> corpus, Supplier<Analysis> analysis,
                        Supplier<Optional<String>> onDisk) {
        Optional<String> owed = pending.generation();
        if (owed.isEmpty()) {
            return;
        }
        if (owed.get().equals(generation)) {
            reanchor(generation, corpus.get(), analysis.get());
        } else if (!owed.equals(onDisk.get()) && pending.stale()) {
            // an ingest stopped before its commit long ago: the annotations are of the corpus still there (one on
            // its way to its commit right now writes its mark minutes before it, so a fresh mark is left alone)
            pending.clear(owed.get());
        }
    }

    synchronized AnnotationStore store() throws WorkspaceException {
        if (store == null) {
            try {
                store = AnnotationStore.open(dir);
            } catch (StorageException e) {
                throw new WorkspaceException(e.getMessage(), e);
            }
        }
        return store;
    }

    AnnotationResults search(String query, String tag, int limit) throws QuerySyntaxException, WorkspaceException {
        AnnotationStore s = store();
        synchronized (indexLock) {
            try {
                return syncedIndex(s).search(query, tag, limit);
            } catch (IOException e) {
                throw new WorkspaceException(s.file() + ": annotation search failed (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * Refills the index when the annotation file changed since the last fill: edits through this workspace, another
     * window or a command all show up, and a full refill of a few thousand notes is cheap. The stamp is taken before
     * reading, so a save in between only causes one more refill next time.
     */
    private AnnotationIndex syncedIndex(AnnotationStore s) throws IOException, WorkspaceException {
        if (index == null) {
            index = new AnnotationIndex();
        }
        FileStamp now = FileStamp.of(s.file());
        if (!now.equals(indexed)) {
            try {
                index.replaceAll(s.list());
            } catch (StorageException e) {
                throw new WorkspaceException(e.getMessage(), e);
            }
            indexed = now;
        }
        return index;
    }

    /**
     * After an ingest, finds every annotated span again in the new text and checks the notes on quotes, scenes and
     * questions against the new analysis, in one save. The corpus is already saved, so a failure here is reported as
     * a warning rather than undoing the ingest; the annotations file is left untouched, and the re-anchoring stays
     * owed ({@link #reanchorIfOwed}).
     */
    List<String> reanchor(String generation, Corpus corpus, Analysis analysis) {
        List<String> warnings = new ArrayList<>();
        try {
            Optional<ReanchorReport> done = store().reanchorWhile(corpus, new AnnotationReferences(analysis),
                    () -> onDisk.get().map(generation::equals).orElse(false));
            if (done.isEmpty()) {
                return warnings; // another ingest replaced the corpus meanwhile: it re-anchors them to its own
            }
            ReanchorReport r = done.get();
            if (r.newlyUnplaced() > 0) {
                warnings.add(r.newlyUnplaced() + " annotation(s) could not be placed in the new text (" + r.unplaced()
                        + " of " + r.total() + " are unplaced now); they are kept and shown as unplaced");
            }
            if (r.missingTargets() > 0) {
                warnings.add(missingWarning(r.missingTargets()));
            }
            pending.clear(generation);
        } catch (WorkspaceException | StorageException e) {
            warnings.add("annotations were not re-anchored yet (" + e.getMessage() + "); they will be the next "
                    + "time they are used");
        }
        return warnings;
    }

    /**
     * Annotations on quotes, scenes and questions checked against this analysis ({@link
     * AnnotationStore#checkReferences}); a warning when some point at what is gone.
     */
    List<String> checkReferences(Analysis analysis) {
        try {
            int missing = store().checkReferences(new AnnotationReferences(analysis));
            return missing == 0 ? List.of() : List.of(missingWarning(missing));
        } catch (WorkspaceException | StorageException e) {
            return List.of("annotations' quotes, scenes and questions were not checked: " + e.getMessage());
        }
    }

    private static String missingWarning(int missing) {
        return missing + " annotation(s) on a quote, scene or ending question no longer there are kept and shown as "
                + "unplaced";
    }

    void close() throws IOException {
        synchronized (indexLock) {
            if (index != null) {
                index.close();
                index = null;
                indexed = null;
            }
        }
    }
}
