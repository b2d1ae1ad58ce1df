package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

class LookedUpTermTest {
    /**
     * Every query shape, over segments that lack a word or the field: the same hits, scores and counts as Lucene's
     * own term queries, ranked skipping (impacts) or scoring every hit (the reused postings), search after search on
     * one set of cursors.
     */
    @Test
    void rankedAndCountedAsLucenesTermQuery() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(21, 3000, true)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            searcher.setQueryCache(null);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            SegmentCursors cursors = new SegmentCursors(index.reader);
            for (int pass = 0; pass < 2; pass++) {
                for (String text : QueryMatchesTest.QUERIES) {
                    if (text.contains("-x")) {
                        continue;
                    }
                    Query plain = searcher.rewrite(parser.parse(text));
                    for (int countedHits : new int[] {1, 100, Integer.MAX_VALUE}) {
                        Query looked = new TermLookups(searcher, cursors).attach(plain);
                        ScoreDoc[] a = searcher.search(plain, new TopScoreDocCollectorManager(10, null, countedHits))
                                .scoreDocs;
                        ScoreDoc[] b = searcher.search(looked, new TopScoreDocCollectorManager(10, null, countedHits))
                                .scoreDocs;
                        assertEquals(a.length, b.length, text);
                        for (int i = 0; i < a.length; i++) {
                            assertEquals(a[i].doc, b[i].doc, text + " hit " + i);
                            assertEquals(a[i].score, b[i].score, text + " hit " + i);
                        }
                        assertEquals(searcher.count(plain), searcher.count(looked), text);
                    }
                }
            }
        }
    }

    @Test
    void aWeightAnswersCountsMatchesAndExplanationsAsLucenes() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(5, 500, true)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            for (Term term : List.of(new Term(IndexSchema.TEXT, "love"), new Term(IndexSchema.TEXT,
                    RandomTextIndex.ONLY_WORD), new Term(IndexSchema.TEXT, "zzz"))) {
                TermQuery looked = assertInstanceOf(LookedUpTerm.class, new TermLookups(searcher).attach(
                        new TermQuery(term)));
                Weight a = searcher.createWeight(new TermQuery(term), ScoreMode.COMPLETE, 1);
                Weight b = searcher.createWeight(looked, ScoreMode.COMPLETE, 1);
                for (LeafReaderContext leaf : index.reader.leaves()) {
                    assertEquals(a.count(leaf), b.count(leaf), term.toString());
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc += 7) {
                        Explanation ea = a.explain(leaf, doc);
                        Explanation eb = b.explain(leaf, doc);
                        assertEquals(ea.isMatch(), eb.isMatch(), term.toString());
                        assertEquals(ea.getValue(), eb.getValue(), term.toString());
                        if (a.matches(leaf, doc) == null) {
                            assertNull(b.matches(leaf, doc));
                        } else {
                            assertNotNull(b.matches(leaf, doc));
                        }
                    }
                }
            }
        }
    }
}
