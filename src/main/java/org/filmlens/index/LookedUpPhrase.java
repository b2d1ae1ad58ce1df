package org.filmlens.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseMatcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseWeight;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * An exact phrase (consecutive positions from 0, as the searcher rewrites the user's phrases) whose terms the search
 * has looked up already ({@link TermLookups}). {@link PhraseQuery}'s own weight runs {@code TermStates.build} for
 * every term (a task, a future and a fresh dictionary cursor per segment) and opens another cursor per segment to
 * reach the postings: a third of a phrase search. This weight takes the same statistics from the lookups, so the
 * scores are the same, and reaches the postings through the search thread's cursors (when it scores every match,
 * reusing their postings from search to search, as {@link LookedUpTerm} does).
 */
final class LookedUpPhrase extends PhraseQuery {
    private final TermStates[] states;
    private final TermLookups lookups;

    private LookedUpPhrase(String field, BytesRef[] terms, TermStates[] states, TermLookups lookups) {
        super(0, field, terms);
        this.states = states;
        this.lookups = lookups;
    }

    /** The phrase with its terms' lookups, or the phrase itself when it is not of the plain kind this serves. */
    static PhraseQuery of(PhraseQuery pq, TermLookups lookups) throws IOException {
        Term[] terms = pq.getTerms();
        int[] positions = pq.getPositions();
        if (pq.getSlop() != 0 || terms.length < 2 || pq instanceof LookedUpPhrase) {
            return pq;
        }
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] != i) {
                return pq; // gaps (a removed stop word): the public constructors cannot say so
            }
        }
        BytesRef[] bytes = new BytesRef[terms.length];
        TermStates[] states = new TermStates[terms.length];
        for (int i = 0; i < terms.length; i++) {
            bytes[i] = terms[i].bytes();
            states[i] = lookups.statesOf(terms[i]);
        }
        return new LookedUpPhrase(pq.getField(), bytes, states, lookups);
    }

    /** Where each term is in each segment, in phrase order. */
    TermStates states(int term) {
        return states[term];
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (searcher.getSlices().length > 1) {
            return super.createWeight(searcher, scoreMode, boost); // slices on other threads: the cursors are this one's
        }
        for (TermStates s : states) {
            if (!s.wasBuiltFor(searcher.getTopReaderContext())) {
                return super.createWeight(searcher, scoreMode, boost); // lookups of another reader: Lucene's own way
            }
        }
        Term[] terms = getTerms();
        int[] positions = getPositions();
        SegmentCursors cursors = lookups.cursors();
        int[] slots = new int[terms.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = lookups.newSlot();
        }
        return new PhraseWeight(this, getField(), searcher, scoreMode) {
            @Override
            protected SimScorer getStats(IndexSearcher s) throws IOException {
                if (!scoreMode.needsScores()) {
                    return null;
                }
                TermStatistics[] stats = new TermStatistics[terms.length];
                int n = 0;
                for (int i = 0; i < terms.length; i++) {
                    if (states[i].docFreq() > 0) {
                        stats[n++] = s.termStatistics(terms[i], states[i].docFreq(), states[i].totalTermFreq());
                    }
                }
                if (n == 0) {
                    return null;
                }
                CollectionStatistics collection = s.collectionStatistics(getField());
                return s.getSimilarity().scorer(boost, collection, ArrayUtil.copyOfSubArray(stats, 0, n));
            }

            @Override
            protected PhraseMatcher getPhraseMatcher(LeafReaderContext leaf, SimScorer scorer, boolean exposeOffsets)
                    throws IOException {
                TermsEnum te = cursors.dictionary(leaf, getField());
                if (te == null) {
                    return null;
                }
                int flags = exposeOffsets ? PostingsEnum.OFFSETS : PostingsEnum.POSITIONS;
                PostingsAndFreq[] postings = new PostingsAndFreq[terms.length];
                float cost = 0;
                for (int i = 0; i < terms.length; i++) {
                    TermState state = states[i].get(leaf);
                    if (state == null) {
                        return null; // a term missing from this segment: no phrase here
                    }
                    te.seekExact(terms[i].bytes(), state);
                    PostingsEnum pe;
                    ImpactsEnum impacts;
                    if (scoreMode == ScoreMode.TOP_SCORES) {
                        impacts = te.impacts(flags);
                        pe = impacts;
                    } else {
                        // a match's offsets are asked for document by document (the highlighter's fallback) and
                        // may outlive the next document's: fresh postings there
                        pe = exposeOffsets ? te.postings(null, flags) : cursors.postings(leaf, slots[i], te, flags);
                        impacts = new SlowImpactsEnum(pe);
                    }
                    postings[i] = new PostingsAndFreq(pe, impacts, positions[i], terms[i]);
                    cost += termPositionsCost(te);
                }
                ArrayUtil.timSort(postings); // in the order PhraseQuery puts them
                return new ExactPhraseMatcher(postings, scoreMode, scorer, cost);
            }
        };
    }
}
