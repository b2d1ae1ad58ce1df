package org.filmlens.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The exact number of hits of a (rewritten) query, worked out from the terms' document frequencies where that is
 * possible, so that ranking can skip documents that cannot make the top instead of visiting every hit to count it. A word has
 * its document frequency; {@code a OR b} has {@code df(a) + df(b) - |a AND b|} and {@code a -b} has
 * {@code df(a) - |a AND b|}, where the intersection is counted by stepping through the rarer word's documents and
 * skipping ahead in the other's, instead of visiting every document of the union or of {@code a}. Document
 * frequencies count deleted documents too, so an index with deletions gets no answer here.
 */
final class ExactCount {
    /** The answer when the count cannot be worked out this way. */
    static final long UNKNOWN = -1;

    private ExactCount() {}

    /** {@code lookups}: the search's, whose cursors the overlap of two words is read through. */
    static long of(IndexSearcher searcher, Query rewritten, TermLookups lookups) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (reader.hasDeletions()) {
            return UNKNOWN;
        }
        Query q = unboosted(rewritten);
        if (q instanceof TermQuery tq) {
            return docFreq(reader, tq);
        }
        if (!(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0 || bq.clauses().size() != 2) {
            return UNKNOWN;
        }
        List<BooleanClause> clauses = bq.clauses();
        if (!(unboosted(clauses.get(0).getQuery()) instanceof TermQuery a)
                || !(unboosted(clauses.get(1).getQuery()) instanceof TermQuery b)) {
            return UNKNOWN;
        }
        Occur first = clauses.get(0).getOccur();
        Occur second = clauses.get(1).getOccur();
        if (first == Occur.SHOULD && second == Occur.SHOULD) {
            return docFreq(reader, a) + docFreq(reader, b) - both(searcher, a, b, lookups);
        }
        if (isRequired(first) && second == Occur.MUST_NOT) {
            return docFreq(reader, a) - both(searcher, a, b, lookups);
        }
        if (first == Occur.MUST_NOT && isRequired(second)) {
            return docFreq(reader, b) - both(searcher, a, b, lookups);
        }
        return UNKNOWN;
    }

    private static boolean isRequired(Occur occur) {
        return occur == Occur.MUST || occur == Occur.FILTER;
    }

    /** A boost (a repeated word) changes scores, never which documents match. */
    private static Query unboosted(Query q) {
        while (q instanceof BoostQuery bq) {
            q = bq.getQuery();
        }
        return q;
    }

    /** How many documents hold both words, counted without scores. */
    private static long both(IndexSearcher searcher, TermQuery a, TermQuery b, TermLookups lookups)
            throws IOException {
        if (docFreq(searcher.getIndexReader(), a) == 0 || docFreq(searcher.getIndexReader(), b) == 0) {
            return 0;
        }
        IndexReaderContext top = searcher.getTopReaderContext();
        if (knownIn(top, a) && knownIn(top, b)) {
            // the rarer word leads: the other's list is skipped through
            boolean aRarer = a.getTermStates().docFreq() <= b.getTermStates().docFreq();
            TermQuery lead = aRarer ? a : b;
            TermQuery other = aRarer ? b : a;
            return DocsInBoth.count(top, lead.getTerm(), lead.getTermStates(), other.getTerm(),
                    other.getTermStates(), lookups.cursors(), lookups.newSlot(), lookups.newSlot());
        }
        return searcher.count(new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build());
    }

    /** Whether the term query carries its lookups in this reader ({@link TermLookups}). */
    private static boolean knownIn(IndexReaderContext top, TermQuery tq) {
        return tq.getTermStates() != null && tq.getTermStates().wasBuiltFor(top);
    }

    /** From the term's lookups when it carries them ({@link TermLookups}). */
    static long docFreq(IndexReader reader, TermQuery tq) throws IOException {
        return tq.getTermStates() != null && tq.getTermStates().wasBuiltFor(reader.getContext())
                ? tq.getTermStates().docFreq() : reader.docFreq(tq.getTerm());
    }
}
