package org.filmlens.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Each word of one search looked up in every segment's terms dictionary once. Without it, ranking, counting,
 * estimating the count and highlighting each looked every term up again; a term query that carries its lookups
 * ({@link TermQuery#TermQuery(Term, TermStates)}) lets each of them reuse the first, with the same statistics and
 * so the same scores. Not thread-safe: one per search.
 *
 * <p>The lookups are what {@link TermStates#build} makes, without its task per segment (a list of callables and
 * futures on every word of every search), and with one dictionary cursor per segment and field for all the words.
 */
final class TermLookups {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();
    private final SegmentCursors cursors;
    private int slots;

    TermLookups(IndexSearcher searcher) {
        this(searcher, new SegmentCursors(searcher.getIndexReader()));
    }

    /** {@code cursors}: of this searcher's reader, kept from earlier searches on this thread. */
    TermLookups(IndexSearcher searcher, SegmentCursors cursors) {
        this.searcher = searcher;
        this.cursors = cursors;
    }

    /** The cursors this search reads through, for the later steps of the same search to reuse. */
    SegmentCursors cursors() {
        return cursors;
    }

    /**
     * The same (rewritten) query with every term query and plain phrase carrying its lookups; other parts are kept as
     * they are.
     */
    Query attach(Query q) throws IOException {
        if (q instanceof TermQuery tq) {
            return new LookedUpTerm(tq.getTerm(), statesOf(tq.getTerm()), this);
        }
        if (q instanceof PhraseQuery pq) {
            return LookedUpPhrase.of(pq, this);
        }
        if (q instanceof BoostQuery bq) {
            return new BoostQuery(attach(bq.getQuery()), bq.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                b.add(attach(c.getQuery()), c.getOccur());
            }
            return b.build();
        }
        return q;
    }

    /**
     * A slot of the cursors' reused postings ({@link SegmentCursors#postings}) that no other weight of this search
     * reads: each weight that reuses postings takes its own, since the clauses of one query read side by side.
     */
    int newSlot() {
        return slots++;
    }

    /** The term's lookups, made on its first use in this search. */
    TermStates statesOf(Term term) throws IOException {
        TermStates s = states.get(term);
        if (s == null) {
            s = lookUp(term);
            states.put(term, s);
        }
        return s;
    }

    /** The term's place and statistics in every segment that has it, as {@code TermStates.build} records them. */
    private TermStates lookUp(Term term) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        TermStates s = new TermStates(top);
        for (LeafReaderContext leaf : top.leaves()) {
            TermsEnum te = cursors.dictionary(leaf, term.field());
            if (te != null && te.seekExact(term.bytes())) {
                s.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
            }
        }
        return s;
    }
}
