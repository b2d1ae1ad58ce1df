package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class TopHitsTest {
    /**
     * As a search thread runs them: one set of cursors and reused postings for every search, so each query finds
     * them left positioned, and sized, by the queries before it.
     */
    @Test
    void sameTopHitsScoresAndExactTotalsAsLucenesOwnSearch() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(5, 4000)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            searcher.setQueryCache(null);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            SegmentCursors shared = new SegmentCursors(index.reader);
            int skipping = 0;
            for (String text : QueryMatchesTest.QUERIES) {
                if (text.contains("-x")) {
                    continue;
                }
                Query q = parser.parse(text);
                long count = searcher.count(q);
                long atLeast = TopHits.atLeast(index.reader, searcher.rewrite(q));
                assertTrue(atLeast <= count, text + ": " + atLeast + " > " + count);
                skipping += atLeast > TopHits.COUNTED_WHILE_RANKING ? 1 : 0;
                for (int limit : new int[] {1, 10, 37}) {
                    TopHits.Result r = TopHits.search(searcher, q, limit, new TermLookups(searcher, shared));
                    ScoreDoc[] expected = searcher.search(q, limit).scoreDocs;
                    assertEquals(count, r.total(), text);
                    assertEquals(expected.length, r.top().scoreDocs.length, text);
                    for (int i = 0; i < expected.length; i++) {
                        assertEquals(expected[i].doc, r.top().scoreDocs[i].doc, text + " hit " + i);
                        assertEquals(expected[i].score, r.top().scoreDocs[i].score, text + " hit " + i);
                    }
                }
            }
            assertTrue(skipping >= 5, "queries known to have over 1000 hits: " + skipping);
        }
    }
}
