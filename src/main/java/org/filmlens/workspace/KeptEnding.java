package org.filmlens.workspace;

import java.util.List;
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
 * the edits. Thread-safe: two threads deriving at once (a stale analysis derived again beside an ingest) each use
 * their own, and the later one is kept, unless {@link #forget} came after it started.
 */
final class KeptEnding {
    private final EndingMapper mapper = new EndingMapper();
    private Kept kept; // guarded by this
    /** Counts the calls of {@link #forget}: a derivation started before one is used but not kept. */
    private long forgotten; // guarded by this

    private record Kept(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingMapper.Derivation derivation) {
        boolean of(Corpus c, List<Quote> q, List<Scene> s) {
            return corpus == c && quotes == q && scenes == s;
        }
    }

    /** The ending of this corpus, quotes and scenes with the user's edits applied. */
    List<EndingQuestion> edited(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingEdits edits) {
        Kept k;
        long started;
        synchronized (this) {
            k = kept;
            started = forgotten;
        }
        if (k == null || !k.of(corpus, quotes, scenes)) {
            k = new Kept(corpus, quotes, scenes, mapper.derive(corpus, quotes, scenes));
            synchronized (this) {
                if (forgotten == started) {
                    kept = k;
                }
            }
        }
        return k.derivation().edited(edits);
    }

    /**
     * Lets go of the derivation, which holds its corpus (an ingest is about to make another, or failed to), and of
     * any being made now.
     */
    synchronized void forget() {
        kept = null;
        forgotten++;
    }
}
