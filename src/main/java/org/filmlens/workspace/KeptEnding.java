package org.filmlens.workspace;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;

/**
 * The ending as last derived before the user's edits, with the corpus, quotes and scenes it came from (compared by
 * identity). Deriving it is nearly all of mapping the ending (7 s of a 14 s edit at 100 MB); applying the edits takes
 * milliseconds. So an edit of the ending after an ingest, a change of the scene list or an earlier edit only applies
 * the edits, and the window derives it ahead when an edit's dialog opens ({@link #prepare}). Thread-safe: a caller
 * asking for the derivation being made waits for it rather than making another; the analysis derived last by an
 * ingest, a change of the scene list or an edit is the one kept, and a preparation never replaces another derivation
 * under way.
 *
 * <p>Beyond the process, a derivation is kept on a {@link Shelf} under its corpus's generation: a derivation made is
 * put there, and one asked for by an edit (or a change of the scene list) and not in memory is taken from there when
 * it is of the same corpus and scenes, so the first edit after opening a workspace does not derive either. An analysis
 * made afresh ({@link #derivedAfresh}) never takes it.
 */
final class KeptEnding {
    /** How the ending is derived; the mapper's, or a test's. */
    interface Deriver {
        EndingMapper.Derivation derive(Corpus corpus, List<Quote> quotes, List<Scene> scenes);
    }

    /**
     * Where derivations outlive the process; a shelf never fails its caller, it only misses. An empty generation is
     * an empty workspace's, which is never shelved.
     */
    interface Shelf {
        Shelf NONE = new Shelf() {
            @Override
            public Optional<EndingMapper.Derivation> take(String generation, Corpus corpus, List<Scene> scenes) {
                return Optional.empty();
            }

            @Override
            public void put(String generation, List<Scene> scenes, EndingMapper.Derivation derivation) {}
        };

        /** The derivation put here for this generation of the corpus and these scenes, if it is whole. */
        Optional<EndingMapper.Derivation> take(String generation, Corpus corpus, List<Scene> scenes);

        void put(String generation, List<Scene> scenes, EndingMapper.Derivation derivation);
    }

    private final Deriver deriver;
    private final Shelf shelf;
    private Kept kept; // guarded by this

    private record Kept(Corpus corpus, List<Quote> quotes, List<Scene> scenes,
                        FutureTask<EndingMapper.Derivation> derivation) {
        boolean of(Corpus c, List<Quote> q, List<Scene> s) {
            return corpus == c && quotes == q && scenes == s;
        }
    }

    KeptEnding(Shelf shelf) {
        this(new EndingMapper()::derive, shelf);
    }

    KeptEnding(Deriver deriver, Shelf shelf) {
        this.deriver = deriver;
        this.shelf = shelf;
    }

    /** The ending of this corpus (of {@code generation}), quotes and scenes with the user's edits applied. */
    List<EndingQuestion> edited(String generation, Corpus corpus, List<Quote> quotes, List<Scene> scenes,
                                EndingEdits edits) {
        return derivation(generation, corpus, quotes, scenes, true).edited(edits);
    }

    /**
     * As {@link #edited}, derived whatever the shelf holds (and put there): the analysis is being made afresh, by an
     * ingest or because analysis.json is missing, stale or damaged, so nothing derived before is taken.
     */
    List<EndingQuestion> derivedAfresh(String generation, Corpus corpus, List<Quote> quotes, List<Scene> scenes,
                                       EndingEdits edits) {
        return derivation(generation, corpus, quotes, scenes, false).edited(edits);
    }

    /**
     * Derives the ending of this corpus, quotes and scenes for an edit to come, on the calling thread; returns at once
     * when it is kept, or when any derivation is under way (an ingest's or a scene list's, of an analysis newer than
     * the one the caller saw, or another preparation). A failure is left for the edit, which derives again.
     */
    void prepare(String generation, Corpus corpus, List<Quote> quotes, List<Scene> scenes) {
        Kept k;
        synchronized (this) {
            if (kept != null && (kept.of(corpus, quotes, scenes) || !kept.derivation().isDone())) {
                return;
            }
            k = underWay(generation, corpus, quotes, scenes, true);
        }
        k.derivation().run();
        if (failed(k.derivation())) {
            dropIfKept(k);
        }
    }

    /**
     * Lets go of the derivation, which holds its corpus (an ingest is about to make another, or failed to); one being
     * made goes to those waiting for it and is not kept.
     */
    synchronized void forget() {
        kept = null;
    }

    /** Derives, or waits for the derivation under way; after another caller's failed one, derives once itself. */
    private EndingMapper.Derivation derivation(String generation, Corpus corpus, List<Quote> quotes,
                                               List<Scene> scenes, boolean fromShelf) {
        for (int attempt = 0; ; attempt++) {
            Kept k;
            boolean mine = false;
            synchronized (this) {
                k = kept;
                if (k == null || !k.of(corpus, quotes, scenes)) {
                    k = underWay(generation, corpus, quotes, scenes, fromShelf);
                    mine = true;
                }
            }
            if (mine) {
                k.derivation().run();
            }
            try {
                return k.derivation().get();
            } catch (ExecutionException e) {
                dropIfKept(k); // not kept failed: the next caller tries again
                if (!mine && attempt == 0) {
                    continue; // another caller's (a preparation's): this one's own may yet succeed
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while the ending was derived");
            }
        }
    }

    /**
     * Keeps a derivation of this analysis, to be run by the caller: from the shelf when {@code fromShelf} and it has
     * one, or made and put there.
     */
    private synchronized Kept underWay(String generation, Corpus corpus, List<Quote> quotes, List<Scene> scenes,
                                       boolean fromShelf) {
        kept = new Kept(corpus, quotes, scenes, new FutureTask<>(() -> {
            Optional<EndingMapper.Derivation> shelved = fromShelf ? shelf.take(generation, corpus, scenes)
                    : Optional.empty();
            if (shelved.isPresent()) {
                return shelved.get();
            }
            EndingMapper.Derivation made = deriver.derive(corpus, quotes, scenes);
            shelf.put(generation, scenes, made);
            return made;
        }));
        return kept;
    }

    private synchronized void dropIfKept(Kept k) {
        if (kept == k) {
            kept = null;
        }
    }

    private static boolean failed(FutureTask<?> task) {
        try {
            task.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
