package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {
    static final String LONG_PARAGRAPH = "The film opens on a letter writer at work. He dictates other people's love "
            + "letters all day long, and he is very good at it. At night he plays video games and sleeps badly. "
            + "Months pass in the same grey rhythm. Then he installs a new operating system that talks back, and "
            + "it is curious about everything. By the end he climbs to the roof with his oldest friend, and the "
            + "city below them is quiet. Nobody tells him what the rooftop means.";

    @TempDir
    Path tmp;
    Corpus corpus;
    LuceneSearchIndex index;

    @BeforeEach
    void buildIndex() throws IOException {
        corpus = new TinyCorpus()
                .source("a", SourceKind.ARTICLE,
                        "She tells him to come find me when he is ready.",
                        "A story of loving someone you cannot hold.",
                        "The heart’s not like a box that gets filled up.",
                        LONG_PARAGRAPH)
                .source("b", SourceKind.QUOTES,
                        "Samantha: The heart's not like a box that gets filled up.",
                        "Theodore: I love the way you look at the world.",
                        "Come find me, she whispers, and then she is gone.",
                        "Me? Come here and find the answer.")
                .source("c", SourceKind.ARTICLE,
                        "Love in the age of machines: lost love, found love.",
                        "A love that was lost returns & changes <everything>.",
                        "The ending is ambiguous.")
                .build();
        Quote heart = new Quote("q1", "The heart's not like a box that gets filled up.", "Samantha",
                List.of("a", "b"), List.of(
                        occurrence(corpus, "a", 2, "The heart’s not like a box that gets filled up.", null),
                        occurrence(corpus, "b", 0, "The heart's not like a box that gets filled up.", "Samantha")));
        Quote look = new Quote("q2", "I love the way you look at the world.", "Theodore", List.of("b"), List.of(
                occurrence(corpus, "b", 1, "I love the way you look at the world.", "Theodore")));
        Analysis analysis = new Analysis(List.of(heart, look), List.of(), List.of(), List.of());
        LuceneSearchIndex.build(tmp.resolve(LuceneSearchIndex.FOLDER), corpus, analysis, "gen-1");
        index = LuceneSearchIndex.open(tmp.resolve(LuceneSearchIndex.FOLDER));
    }

    static QuoteOccurrence occurrence(Corpus corpus, String sourceId, int ordinal, String text, String speaker) {
        var p = corpus.passage(TinyCorpus.passageId(sourceId, ordinal)).orElseThrow();
        int start = p.start() + p.text().indexOf(text);
        return new QuoteOccurrence(sourceId, p.id(), start, start + text.length(), text, speaker);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    List<String> ids(String query) throws Exception {
        return ids(SearchRequest.of(query));
    }

    List<String> ids(SearchRequest request) throws Exception {
        return index.search(request).hits().stream().map(SearchHit::passageId).sorted().toList();
    }

    @Test
    void phraseFindsTheExactWordsInOrderWithMarks() throws Exception {
        SearchResults r = index.search(SearchRequest.of("\"come find me\""));
        assertEquals(List.of("a-p0", "b-p2"), r.hits().stream().map(SearchHit::passageId).sorted().toList());
        assertEquals(2, r.total());
        for (SearchHit h : r.hits()) {
            String fragment = String.join(" ", h.fragments());
            assertTrue(fragment.toLowerCase().contains("<mark>come find me</mark>")
                            || fragment.toLowerCase().contains("<mark>come</mark> <mark>find</mark> <mark>me</mark>"),
                    fragment);
        }
        SearchHit a = r.hits().stream().filter(h -> h.passageId().equals("a-p0")).findFirst().orElseThrow();
        assertEquals("a", a.sourceId());
        assertEquals("She tells him to come find me when he is ready.", a.text());
    }

    @Test
    void wordsWithoutQuotesMatchAnywhereInThePassage() throws Exception {
        // "Me? Come here and find the answer." has all three words, not the phrase.
        assertEquals(List.of("a-p0", "b-p2", "b-p3"), ids("come find me"));
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() throws Exception {
        assertEquals(ids("love"), ids("loving"));
        assertTrue(ids("love").containsAll(List.of("a-p1", "b-p1", "c-p0", "c-p1")));
        assertTrue(String.join("", index.search(SearchRequest.of("love")).hits().stream()
                .filter(h -> h.passageId().equals("a-p1")).findFirst().orElseThrow().fragments())
                .contains("<mark>loving</mark>"));
    }

    @Test
    void aQuotedWordIsExactNotStemmed() throws Exception {
        assertEquals(List.of("a-p1"), ids("\"loving\""));
    }

    @Test
    void phraseNeedsAdjacentWordsWhileWordsDoNot() throws Exception {
        assertEquals(List.of("c-p0"), ids("\"lost love\""));
        assertEquals(List.of("c-p0", "c-p1"), ids("lost love"));
    }

    @Test
    void curlyAndStraightApostrophesAreTheSame() throws Exception {
        assertEquals(List.of("a-p2", "b-p0"), ids("\"heart's not\""));
        assertEquals(List.of("a-p2", "b-p0"), ids("\"heart’s not\""));
        assertEquals(List.of("a-p2", "b-p0"), ids("heart’s"));
    }

    @Test
    void exclusionRemovesPassages() throws Exception {
        assertEquals(List.of("c-p1"), ids("love -\"lost love\" lost"));
        assertFalse(ids("love -machines").contains("c-p0"));
    }

    @Test
    void orTakesEither() throws Exception {
        assertEquals(List.of("c-p2", "a-p3").stream().sorted().toList(), ids("ambiguous OR rooftop"));
        // OR binds tighter than AND: love AND (machines OR returns)
        assertEquals(List.of("c-p0", "c-p1"), ids("love machines OR returns"));
    }

    @Test
    void sourceFilterInTheQueryOrTheRequest() throws Exception {
        assertEquals(List.of("b-p1", "c-p0", "c-p1"), ids("love -source:a"));
        assertEquals(List.of("b-p1"), ids("love source:b"));
        assertEquals(List.of("b-p1"), ids(new SearchRequest("love", 10, "b", null)));
        assertEquals(List.of("b-p0", "b-p1", "b-p2", "b-p3"), ids("source:b"));
    }

    @Test
    void speakerFilterKeepsPassagesQuotingThatCharacter() throws Exception {
        assertEquals(List.of("a-p2", "b-p0"), ids(new SearchRequest("box", 10, null, "Samantha")));
        assertEquals(List.of("a-p2", "b-p0"), ids(new SearchRequest("box", 10, null, "samantha")));
        assertEquals(List.of(), ids(new SearchRequest("box", 10, null, "Theodore")));
        assertEquals(List.of("b-p1"), ids(new SearchRequest("love", 10, null, "Theodore")));
    }

    @Test
    void aPassageQuotingSeveralSpeakersIsFoundUnderEach() throws Exception {
        // b-p2 holds lines of two speakers, one of them twice under two spellings of one name
        Quote come = new Quote("q3", "Come find me", "Samantha", List.of("b"), List.of(
                occurrence(corpus, "b", 2, "Come find me", "Samantha")));
        Quote gone = new Quote("q4", "she is gone", "Theodore", List.of("b"), List.of(
                occurrence(corpus, "b", 2, "she is gone", "Theodore")));
        Quote whispers = new Quote("q5", "she whispers", " SAMANTHA", List.of("b"), List.of(
                occurrence(corpus, "b", 2, "she whispers", null)));
        Analysis analysis = new Analysis(List.of(come, gone, whispers), List.of(), List.of(), List.of());
        Path dir = tmp.resolve("several");
        LuceneSearchIndex.build(dir, corpus, analysis, "gen-2");
        try (LuceneSearchIndex several = LuceneSearchIndex.open(dir)) {
            for (String speaker : List.of("Samantha", "theodore")) {
                assertEquals(List.of("b-p2"), several.search(new SearchRequest("find", 10, null, speaker)).hits()
                        .stream().map(SearchHit::passageId).toList(), speaker);
            }
            assertEquals(List.of(), several.search(new SearchRequest("find", 10, null, "Amy")).hits());
        }
    }

    @Test
    void aStopWordAloneIsStillSearchable() throws Exception {
        assertEquals(List.of("c-p1"), ids("was"));
        assertEquals(List.of("a-p0", "b-p2", "b-p3"), ids("me"));
    }

    @Test
    void trailingWildcardMatchesWordBeginnings() throws Exception {
        assertEquals(List.of("a-p1", "a-p3", "b-p1", "c-p0", "c-p1"), ids("lov*"));
    }

    @Test
    void passagesAreResultsAndQuotesAreSearchedApart() throws Exception {
        SearchResults passages = index.search(SearchRequest.of("filled"));
        assertTrue(passages.hits().stream().allMatch(h -> h.passageId().contains("-p")));
        QuoteResults quotes = index.searchQuotes(SearchRequest.of("filled"));
        assertEquals(1, quotes.total());
        QuoteHit q = quotes.hits().get(0);
        assertEquals("q1", q.quoteId());
        assertEquals("Samantha", q.speaker());
        assertEquals(List.of("a", "b"), q.sourceIds());
        assertTrue(q.fragments().get(0).contains("<mark>filled</mark>"));
        assertEquals(List.of("q2"), index.searchQuotes(new SearchRequest("world OR box", 10, null, "theodore"))
                .hits().stream().map(QuoteHit::quoteId).toList());
    }

    @Test
    void fragmentsEscapeHtmlAroundTheMarks() throws Exception {
        SearchHit h = index.search(SearchRequest.of("returns")).hits().get(0);
        assertEquals(List.of("A love that was lost <mark>returns</mark> &amp; changes &lt;everything&gt;."),
                h.fragments());
        assertEquals("A love that was lost returns & changes <everything>.", h.text());
    }

    @Test
    void longPassagesGiveSentenceFragmentsShortOnesComeWhole() throws Exception {
        SearchHit h = index.search(SearchRequest.of("rooftop")).hits().get(0);
        assertEquals(1, h.fragments().size());
        String f = h.fragments().get(0);
        assertTrue(f.startsWith("\u2026") && f.contains("<mark>rooftop</mark>"), f);
        assertTrue(f.length() < LONG_PARAGRAPH.length(), f);
        SearchHit two = index.search(SearchRequest.of("letter OR rooftop")).hits().get(0);
        assertEquals(2, two.fragments().size(), two.fragments().toString());
    }

    @Test
    void limitCutsHitsButNotTheTotal() throws Exception {
        SearchResults r = index.search(new SearchRequest("love", 2, null, null));
        assertEquals(2, r.hits().size());
        assertEquals(5, r.total());
        assertEquals("love", r.query());
        assertTrue(r.tookMicros() >= 0);
        float first = r.hits().get(0).score();
        assertTrue(first >= r.hits().get(1).score());
    }

    @Test
    void reopeningGivesTheSameGenerationAndResults() throws Exception {
        List<String> before = ids("love");
        index.close();
        index = LuceneSearchIndex.open(tmp.resolve(LuceneSearchIndex.FOLDER));
        assertEquals("gen-1", index.generation());
        assertEquals(before, ids("love"));
    }

    @Test
    void searchingAClosedIndexIsAnIOException() throws Exception {
        index.close();
        IOException e = assertThrows(IOException.class, () -> index.search(SearchRequest.of("love")));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void rebuildingOverAnOldIndexReplacesIt() throws Exception {
        index.close();
        Corpus other = new TinyCorpus().source("z", SourceKind.OTHER, "Only zebras here.").build();
        Path dir = tmp.resolve(LuceneSearchIndex.FOLDER);
        LuceneSearchIndex.build(dir, other, Analysis.empty(), "gen-2");
        index = LuceneSearchIndex.open(dir);
        assertEquals("gen-2", index.generation());
        assertEquals(List.of(), ids("love"));
        assertEquals(List.of("z-p0"), ids("zebra"));
    }
}
