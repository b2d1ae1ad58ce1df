package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class DocsInBothTest {
    /** Common, rare, absent and one-segment words, in both fields and either order: Lucene's count of the two. */
    @Test
    void countsWhatLuceneCountsForTwoRequiredTerms() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(13, 3000, true)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            searcher.setQueryCache(null);
            List<Term> terms = List.of(new Term(IndexSchema.TEXT, "love"), new Term(IndexSchema.TEXT, "citi"),
                    new Term(IndexSchema.TEXT, "voic"), new Term(IndexSchema.EXACT, "the"),
                    new Term(IndexSchema.EXACT, "her"), new Term(IndexSchema.TEXT, RandomTextIndex.ONLY_WORD),
                    new Term(IndexSchema.TEXT, "zzz"));
            SegmentCursors shared = new SegmentCursors(index.reader);
            for (Term a : terms) {
                for (Term b : terms) {
                    TermLookups lookups = new TermLookups(searcher, shared);
                    TermQuery qa = (TermQuery) lookups.attach(new TermQuery(a));
                    TermQuery qb = (TermQuery) lookups.attach(new TermQuery(b));
                    long expected = searcher.count(new BooleanQuery.Builder().add(new TermQuery(a), Occur.FILTER)
                            .add(new TermQuery(b), Occur.FILTER).build());
                    assertEquals(expected, DocsInBoth.count(searcher.getTopReaderContext(), a, qa.getTermStates(), b,
                            qb.getTermStates(), lookups.cursors(), lookups.newSlot(), lookups.newSlot()),
                            a + " and " + b);
                }
            }
        }
    }
}
