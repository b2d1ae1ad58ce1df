package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LookedUpPhraseTest {
    private static final List<String> PHRASES = List.of("\"the city\"", "\"love love\"", "\"come find me\"",
            "\"night's rain\"", "\"self-aware heart\"", "\"not the\"", "self-aware", "\"" + RandomTextIndex.ONLY_WORD
                    + " love\"", "\"quokka love\"", "\"love quokka\"");

    /** Over segments that lack the field or a word: the same hits and scores, ranked skipping or counting. */
    @Test
    void rankedAndCountedAsThePlainPhrase() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(9, 800, true)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            searcher.setQueryCache(null);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            for (String text : PHRASES) {
                Query plain = searcher.rewrite(parser.parse(text));
                Query looked = new TermLookups(searcher).attach(plain);
                assertEquals(plain.toString(), looked.toString(), text);
                for (int countedHits : new int[] {1, 1000}) {
                    ScoreDoc[] a = searcher.search(plain, new TopScoreDocCollectorManager(10, null, countedHits))
                            .scoreDocs;
                    ScoreDoc[] b = searcher.search(looked, new TopScoreDocCollectorManager(10, null, countedHits))
                            .scoreDocs;
                    assertEquals(a.length, b.length, text);
                    for (int i = 0; i < a.length; i++) {
                        assertEquals(a[i].doc, b[i].doc, text);
                        assertEquals(a[i].score, b[i].score, text);
                    }
                }
                assertEquals(searcher.count(plain), searcher.count(looked), text);
                sameMatches(searcher, plain, looked, text);
            }
        }
    }

    /**
     * A word in nearly every document beside a rare one: the matcher skips through many blocks of the common word's
     * documents, and reads its positions only where the rare word is too. Every phrase of the two, in either order
     * and with a third word, ranks, counts and matches as the plain phrase does.
     */
    @Test
    void aCommonWordsPositionsAreReadWhereTheRareWordIs() throws Exception {
        Random rnd = new Random(11);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
                for (int i = 0; i < 6000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int k = rnd.nextInt(40); k >= 0; k--) {
                        text.append(rnd.nextInt(50) == 0 ? "north " : i % 7 == 0 ? "harbour " : "wind ");
                    }
                    if (i % 61 == 0) {
                        text.append(rnd.nextBoolean() ? "harbour north wind" : "north harbour");
                    }
                    Document d = new Document();
                    d.add(new Field(IndexSchema.TEXT, text.toString(), IndexSchema.STORED_TEXT));
                    d.add(new Field(IndexSchema.EXACT, text.toString(), IndexSchema.UNSTORED_TEXT));
                    w.addDocument(d);
                    if (i == 2500) {
                        w.commit(); // a second segment
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                UserQueryParser parser = new UserQueryParser(IndexSchema.analyzer(), IndexSchema.SOURCE,
                        List.of(SearchFields.PASSAGE_TEXT));
                for (String text : List.of("\"harbour north\"", "\"north harbour\"", "\"harbour north wind\"",
                        "\"wind north\"", "\"north wind\"")) {
                    Query plain = searcher.rewrite(parser.parse(text));
                    Query looked = new TermLookups(searcher).attach(plain);
                    ScoreDoc[] a = searcher.search(plain, new TopScoreDocCollectorManager(10, null,
                            Integer.MAX_VALUE)).scoreDocs;
                    ScoreDoc[] b = searcher.search(looked, new TopScoreDocCollectorManager(10, null,
                            Integer.MAX_VALUE)).scoreDocs;
                    assertEquals(a.length, b.length, text);
                    for (int i = 0; i < a.length; i++) {
                        assertEquals(a[i].doc, b[i].doc, text);
                        assertEquals(a[i].score, b[i].score, text);
                    }
                    int count = searcher.count(plain);
                    assertTrue(count > 0, text);
                    assertEquals(count, searcher.count(looked), text);
                    sameMatches(searcher, plain, looked, text);
                }
            }
        }
    }

    @Test
    void onlyPlainPhrasesOfTwoOrMoreTermsAreLookedUp() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(3, 50)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            TermLookups lookups = new TermLookups(searcher);
            PhraseQuery sloppy = new PhraseQuery(1, IndexSchema.EXACT, new BytesRef("the"), new BytesRef("city"));
            assertSame(sloppy, LookedUpPhrase.of(sloppy, lookups));
            PhraseQuery gap = new PhraseQuery.Builder().add(new org.apache.lucene.index.Term(IndexSchema.TEXT, "a"), 0)
                    .add(new org.apache.lucene.index.Term(IndexSchema.TEXT, "b"), 2).build();
            assertSame(gap, LookedUpPhrase.of(gap, lookups));
            PhraseQuery plain = new PhraseQuery(IndexSchema.EXACT, "the", "city");
            LookedUpPhrase looked = assertInstanceOf(LookedUpPhrase.class, LookedUpPhrase.of(plain, lookups));
            assertNotNull(looked.states(0));
            assertSame(lookups.statesOf(new org.apache.lucene.index.Term(IndexSchema.EXACT, "city")),
                    looked.states(1));
            assertSame(looked, LookedUpPhrase.of(looked, lookups));
        }
    }

    /** What the highlighter's fallback asks for: the same matches, document by document. */
    private static void sameMatches(IndexSearcher searcher, Query plain, Query looked, String text) throws Exception {
        Weight a = searcher.createWeight(plain, ScoreMode.COMPLETE_NO_SCORES, 1);
        Weight b = searcher.createWeight(looked, ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                Matches ma = a.matches(leaf, doc);
                Matches mb = b.matches(leaf, doc);
                if (ma == null) {
                    assertNull(mb, text);
                    continue;
                }
                for (String field : List.of(IndexSchema.TEXT, IndexSchema.EXACT)) {
                    MatchesIterator ia = ma.getMatches(field);
                    MatchesIterator ib = mb.getMatches(field);
                    if (ia == null) {
                        assertNull(ib, text);
                        continue;
                    }
                    while (ia.next()) {
                        assertEquals(true, ib.next(), text);
                        assertEquals(ia.startOffset(), ib.startOffset(), text);
                        assertEquals(ia.endOffset(), ib.endOffset(), text);
                    }
                    assertEquals(false, ib.next(), text);
                }
            }
        }
    }
}
