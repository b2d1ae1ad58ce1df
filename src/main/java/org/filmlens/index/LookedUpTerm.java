package org.filmlens.index;

import java.io.IOException;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * A word whose dictionary places the search has looked up already ({@link TermLookups}), scored as
 * {@link TermQuery} scores it. Lucene's term weight opens a fresh dictionary cursor in every segment to reach the
 * postings (about a twentieth of a one-word search) and, when it scores every match (a search whose count is not
 * known beforehand), fresh postings too; this weight positions the search thread's cursors instead and reuses its
 * postings from search to search ({@link SegmentCursors}). Same statistics, so the same scores; same costs, so
 * Boolean queries order their clauses the same way. A weight that does not score is Lucene's own.
 */
final class LookedUpTerm extends TermQuery {
    private final TermLookups lookups;

    LookedUpTerm(Term term, TermStates states, TermLookups lookups) {
        super(term, states);
        this.lookups = lookups;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        // Lucene's own weight where the search thread's cursors cannot serve: no scores, lookups of another reader,
        // or slices searched on other threads
        if (!scoreMode.needsScores() || !getTermStates().wasBuiltFor(searcher.getTopReaderContext())
                || searcher.getSlices().length > 1) {
            return super.createWeight(searcher, scoreMode, boost);
        }
        return new LookedUpWeight(searcher, scoreMode, boost);
    }

    private final class LookedUpWeight extends Weight {
        private final IndexSearcher searcher;
        private final ScoreMode scoreMode;
        private final float boost;
        /** Null when the word is in no segment (then no segment asks for a scorer). */
        private final SimScorer simScorer;
        /** Where this weight's reused postings are kept, apart from every other weight's of the search. */
        private final int slot;
        private Weight lucenes;

        LookedUpWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            super(LookedUpTerm.this);
            this.searcher = searcher;
            this.scoreMode = scoreMode;
            this.boost = boost;
            TermStates states = getTermStates();
            Term term = getTerm();
            this.simScorer = states.docFreq() == 0 ? null : searcher.getSimilarity().scorer(boost,
                    searcher.collectionStatistics(term.field()),
                    searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
            this.slot = lookups.newSlot();
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
            TermState state = getTermStates().get(leaf);
            if (state == null) {
                return null;
            }
            long docFreq = docFreq(leaf, state);
            Weight weight = this;
            return new ScorerSupplier() {
                private boolean topLevelScoringClause;

                @Override
                public Scorer get(long leadCost) throws IOException {
                    // positioned only now: other clauses move the same dictionary cursor between supplier and scorer
                    TermsEnum te = positioned(leaf, state);
                    LeafSimScorer scorer = new LeafSimScorer(simScorer, leaf.reader(), getTerm().field(), true);
                    if (scoreMode == ScoreMode.TOP_SCORES) {
                        return new TermScorer(weight, te.impacts(PostingsEnum.FREQS), scorer, topLevelScoringClause);
                    }
                    return new TermScorer(weight, lookups.cursors().postings(leaf, slot, te, PostingsEnum.FREQS),
                            scorer);
                }

                @Override
                public long cost() {
                    return docFreq;
                }

                @Override
                public void setTopLevelScoringClause() {
                    topLevelScoringClause = true;
                }
            };
        }

        @Override
        public Scorer scorer(LeafReaderContext leaf) throws IOException {
            ScorerSupplier s = scorerSupplier(leaf);
            return s == null ? null : s.get(Long.MAX_VALUE);
        }

        @Override
        public int count(LeafReaderContext leaf) throws IOException {
            if (leaf.reader().hasDeletions()) {
                return -1;
            }
            TermState state = getTermStates().get(leaf);
            return state == null ? 0 : (int) docFreq(leaf, state);
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
            return true;
        }

        @Override
        public Matches matches(LeafReaderContext leaf, int doc) throws IOException {
            return lucenes().matches(leaf, doc);
        }

        @Override
        public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
            return lucenes().explain(leaf, doc);
        }

        /** Lucene's own weight, for the rare questions this one does not answer itself. */
        private Weight lucenes() throws IOException {
            if (lucenes == null) {
                lucenes = LookedUpTerm.super.createWeight(searcher, scoreMode, boost);
            }
            return lucenes;
        }

        private TermsEnum positioned(LeafReaderContext leaf, TermState state) throws IOException {
            TermsEnum te = lookups.cursors().dictionary(leaf, getTerm().field());
            te.seekExact(getTerm().bytes(), state);
            return te;
        }

        /** The word's document count in the segment: the lookup records it; else ask the dictionary. */
        private long docFreq(LeafReaderContext leaf, TermState state) throws IOException {
            return state instanceof BlockTermState b ? b.docFreq : positioned(leaf, state).docFreq();
        }
    }
}
