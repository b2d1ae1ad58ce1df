package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offsets from postings read once per search are exactly those {@code Weight.matches} gives, hit by hit. */
class QueryMatchesTest {
    static final List<String> QUERIES = List.of("love", "loving", "her", "me", "the", "love heart", "\"the city\"",
            "\"love love\"", "\"come find me\"", "love OR voice", "love -city", "her -me", "self-aware", "o'clock",
            "night's", "amelie", "love \"love voice\"", "start \"starts\"", "starts \"starts\"", "\"a box\" OR heart",
            "heart box OR rain -writer", "\"a box\" OR \"the heart\" -rain", "me OR her OR the", "love love",
            "love OR love", "source:s1 love", "source:s2 \"the city\" -me", "letters writer OR \"not the\"",
            "\"night's rain\"", "\"self-aware heart\"", "rooftop OR \"is not\" OR -x", "box OR self-aware");
    static final Set<String> FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.EXACT);

    static RandomTextIndex index;
    static IndexSearcher searcher;
    static UserQueryParser parser;

    @BeforeAll
    static void build() throws IOException {
        index = new RandomTextIndex(7, 600);
        searcher = new IndexSearcher(index.reader);
        parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE, List.of(SearchFields.PASSAGE_TEXT));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void everyHitGetsTheOffsetsWeightMatchesGives() throws Exception {
        int compared = 0;
        for (String text : QUERIES) {
            if (text.contains("-x")) {
                continue; // an OR with an exclusion is refused by the parser
            }
            Query rewritten = searcher.rewrite(parser.parse(text));
            QueryMatches matches = QueryMatches.of(rewritten, FIELDS);
            assertNotNull(matches, text);
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            UHComponents components = new UHComponents(IndexSchema.TEXT, IndexSchema.TEXT::equals, rewritten,
                    null, null, null, false, Set.of());
            MatchOffsets expected = new MatchOffsets(components, weight, leaves, SearchFields.PASSAGE_TEXT);
            PostingsMatchOffsets actual = new PostingsMatchOffsets(components, matches, leaves,
                    SearchFields.PASSAGE_TEXT);
            ScoreDoc[] hits = searcher.search(rewritten, 1000).scoreDocs;
            int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
            for (int doc : docs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                int local = doc - leaf.docBase;
                assertEquals(read(expected.getOffsetsEnum(leaf.reader(), local, "")),
                        read(actual.getOffsetsEnum(leaf.reader(), local, "")), text + " in document " + doc);
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared " + compared + " hits");
    }

    @Test
    void askingForAnEarlierDocumentAgainGivesTheSameOffsets() throws Exception {
        Query rewritten = searcher.rewrite(parser.parse("love OR \"the city\""));
        QueryMatches matches = QueryMatches.of(rewritten, FIELDS);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] hits = searcher.search(rewritten, 50).scoreDocs;
        List<List<String>> first = new ArrayList<>();
        for (ScoreDoc h : hits) { // score order: doc ids go back and forth
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(h.doc, leaves));
            first.add(read(matches.in(leaf, h.doc - leaf.docBase).offsets(IndexSchema.TEXT, IndexSchema.EXACT)));
        }
        for (int i = hits.length - 1; i >= 0; i--) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            assertEquals(first.get(i), read(matches.in(leaf, hits[i].doc - leaf.docBase)
                    .offsets(IndexSchema.TEXT, IndexSchema.EXACT)));
        }
    }

    @Test
    void queriesItDoesNotKnowAreLeftToTheWeight() throws Exception {
        assertNull(QueryMatches.of(searcher.rewrite(parser.parse("lov*")), FIELDS));
        assertNull(QueryMatches.of(searcher.rewrite(parser.parse("source:s1 OR love")), FIELDS));
        assertNotNull(QueryMatches.of(searcher.rewrite(parser.parse("source:s1 love")), FIELDS));
    }

    static List<String> read(OffsetsEnum e) throws IOException {
        List<String> out = new ArrayList<>();
        while (e.nextPosition()) {
            out.add(e.startOffset() + "-" + e.endOffset() + " " + e.getTerm().utf8ToString() + " x" + e.freq());
        }
        return out;
    }
}
