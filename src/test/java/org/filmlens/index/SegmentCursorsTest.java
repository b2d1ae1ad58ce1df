package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class SegmentCursorsTest {
    /** Cursors shared by one query after another (and each query twice) read what fresh ones read. */
    @Test
    void reusedCursorsGiveTheSameMatchesAsFreshOnes() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(3, 800, true)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            searcher.setQueryCache(null);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            SegmentCursors shared = new SegmentCursors(index.reader);
            List<LeafReaderContext> leaves = index.reader.leaves();
            int compared = 0;
            List<String> queries = new ArrayList<>(QueryMatchesTest.QUERIES);
            queries.addAll(QueryMatchesTest.QUERIES);
            for (String text : queries) {
                if (text.contains("-x")) {
                    continue;
                }
                Query rewritten = searcher.rewrite(parser.parse(text));
                Query fresh = new TermLookups(searcher).attach(rewritten);
                Query reused = new TermLookups(searcher, shared).attach(rewritten);
                assertEquals(fresh, reused, text);
                QueryMatches expected = QueryMatches.of(fresh, QueryMatchesTest.FIELDS);
                QueryMatches actual = QueryMatches.of(reused, QueryMatchesTest.FIELDS, shared);
                int[] docs = Arrays.stream(searcher.search(rewritten, 200).scoreDocs).mapToInt(h -> h.doc).sorted()
                        .toArray();
                for (int doc : docs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    int local = doc - leaf.docBase;
                    assertEquals(
                            QueryMatchesTest.read(expected.in(leaf, local).offsets(IndexSchema.TEXT, IndexSchema.EXACT)),
                            QueryMatchesTest.read(actual.in(leaf, local).offsets(IndexSchema.TEXT, IndexSchema.EXACT)),
                            text + " in document " + doc);
                    compared++;
                }
            }
            assertTrue(compared > 1000, "compared " + compared + " hits");
        }
    }

    @Test
    void storedFieldsAreReadAsTheSearchersOwn() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(5, 300)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            SegmentCursors shared = new SegmentCursors(index.reader);
            for (ScoreDoc h : searcher.search(new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT)).parse("love"), 50).scoreDocs) {
                assertEquals(searcher.storedFields().document(h.doc).get(IndexSchema.TEXT),
                        shared.storedFields().document(h.doc).get(IndexSchema.TEXT));
            }
            assertTrue(shared.reads(index.reader));
        }
    }
}
