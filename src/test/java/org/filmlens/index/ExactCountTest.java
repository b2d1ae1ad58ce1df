package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ExactCountTest {
    /** Words, either of two words, a word minus another: each with common and rare or absent words. */
    private static final List<String> COUNTED = List.of("love", "the", "zzz", "love OR voice", "the OR her",
            "rain OR zzz", "love OR love", "love -city", "the -love", "her -me", "love -zzz", "zzz -love");
    /** Counted by ranking instead (both words' hits are visited anyway): only never wrong. */
    private static final List<String> NOT_COUNTED = List.of("the her", "love voice", "me the", "love love");

    @Test
    void countsWhatLuceneCountsOrAnswersUnknown() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(11, 4000)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            searcher.setQueryCache(null);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            List<String> all = new ArrayList<>(COUNTED);
            all.addAll(NOT_COUNTED);
            all.addAll(QueryMatchesTest.QUERIES.stream().filter(q -> !q.contains("-x")).toList());
            SegmentCursors shared = new SegmentCursors(index.reader);
            for (String text : all) {
                Query q = parser.parse(text);
                long expected = searcher.count(q);
                Query rewritten = searcher.rewrite(q);
                for (Query asked : List.of(rewritten, new TermLookups(searcher).attach(rewritten))) {
                    long counted = ExactCount.of(searcher, asked, new TermLookups(searcher, shared));
                    assertTrue(counted == ExactCount.UNKNOWN || counted == expected,
                            text + ": " + counted + " instead of " + expected);
                    if (COUNTED.contains(text)) {
                        assertEquals(expected, counted, text);
                    }
                }
            }
        }
    }

    @Test
    void anIndexWithDeletionsIsNotCountedFromDocumentFrequencies() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); var analyzer = IndexSchema.analyzer()) {
            try (IndexWriter w = new IndexWriter(dir,
                    new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 3; i++) {
                    Document d = new Document();
                    d.add(new StringField(IndexSchema.ID, "d" + i, Field.Store.YES));
                    d.add(new Field(IndexSchema.TEXT, "love story", IndexSchema.STORED_TEXT));
                    w.addDocument(d);
                }
                w.commit(); // written first, so the deletion below marks a stored document
                w.deleteDocuments(new Term(IndexSchema.ID, "d1"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.hasDeletions());
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = searcher.rewrite(new UserQueryParser(analyzer, IndexSchema.SOURCE,
                        List.of(SearchFields.PASSAGE_TEXT)).parse("love"));
                assertEquals(ExactCount.UNKNOWN, ExactCount.of(searcher, q, new TermLookups(searcher)));
                assertEquals(2, searcher.count(q));
            }
        }
    }
}
