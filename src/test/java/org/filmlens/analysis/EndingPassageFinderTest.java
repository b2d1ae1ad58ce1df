package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.Test;

class EndingPassageFinderTest {
    private static final String LONG = " and this sentence goes on long enough to be a real paragraph of prose.";

    /** Builds a source whose passages are the given (kind, text) pairs; headings set the section of what follows. */
    private static void source(String id, String title, SourceKind kind, List<Source> sources, List<Passage> passages,
                               Object... kindsAndTexts) {
        StringBuilder text = new StringBuilder();
        String section = null;
        for (int i = 0; i < kindsAndTexts.length; i += 2) {
            PassageKind k = (PassageKind) kindsAndTexts[i];
            String t = (String) kindsAndTexts[i + 1];
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(t);
            passages.add(new Passage(id + "-" + (i / 2), id, i / 2, k, k == PassageKind.HEADING ? null : section,
                    start, text.length(), t));
            if (k == PassageKind.HEADING) {
                section = t;
            }
        }
        sources.add(new Source(id, title, null, null, null, kind, text.toString()));
    }

    private static Map<String, EndingPassage> find(List<Source> sources, List<Passage> passages, List<Quote> quotes) {
        Corpus corpus = new Corpus(new Film("Tide", 2020, null), sources, passages);
        return new EndingPassageFinder().find(corpus, quotes, List.of()).stream()
                .collect(Collectors.toMap(e -> e.passage().id(), e -> e));
    }

    @Test
    void anExplainerCountsEverySectionFromItsFirstEndingHeadingOn() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        source("a", "Tide Ending Explained", SourceKind.ARTICLE, sources, passages,
                PassageKind.HEADING, "What Is Tide About?",
                PassageKind.PARAGRAPH, "A fisherman loses his boat in a storm" + LONG,
                PassageKind.HEADING, "How Does Tide End?",
                PassageKind.PARAGRAPH, "He walks into the sea at dawn" + LONG,
                PassageKind.HEADING, "What Tide Says About Grief",
                PassageKind.PARAGRAPH, "Grief is a tide that comes back" + LONG,
                PassageKind.PARAGRAPH, "MORE: Ten Sea Films");
        Map<String, EndingPassage> found = find(sources, passages, List.of());
        assertEquals(List.of("a-3", "a-5"), found.keySet().stream().sorted().toList(),
                "the synopsis before the first ending heading and the short debris line are left out");
        assertEquals("How Does Tide End?", found.get("a-3").heading());
        assertTrue(found.get("a-5").cues().contains(EndingCue.ENDING_SECTION));
    }

    @Test
    void aHeadingThatIsAnotherPagesEndingHeadingIsAnEndingSectionToo() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        source("a", "Tide Ending Explained", SourceKind.ARTICLE, sources, passages,
                PassageKind.HEADING, "How Does Tide End?",
                PassageKind.PARAGRAPH, "He walks into the sea at dawn" + LONG,
                PassageKind.HEADING, "Does The Boat Come Back?",
                PassageKind.PARAGRAPH, "It does, empty, on the morning tide" + LONG);
        source("b", "A Second Look At Tide", SourceKind.ARTICLE, sources, passages,
                PassageKind.HEADING, "Does The Boat Come Back?",
                PassageKind.PARAGRAPH, "Only in the fisherman's mind" + LONG,
                PassageKind.HEADING, "The Photography",
                PassageKind.PARAGRAPH, "Cold and grey throughout" + LONG);
        Map<String, EndingPassage> found = find(sources, passages, List.of());
        assertEquals("Does The Boat Come Back?", found.get("b-1").heading(), "asked word for word on an explainer");
        assertTrue(!found.containsKey("b-3"), "a heading no page asks about the ending stays out");
    }

    @Test
    void anExplainersGenericTailHeadingIsNoEndingSectionElsewhere() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        source("a", "Tide Ending Explained", SourceKind.ARTICLE, sources, passages,
                PassageKind.HEADING, "How Does Tide End?",
                PassageKind.PARAGRAPH, "He walks into the sea at dawn" + LONG,
                PassageKind.HEADING, "The Cast",
                PassageKind.PARAGRAPH, "The lead is quietly extraordinary" + LONG);
        source("b", "Tide review", SourceKind.ARTICLE, sources, passages,
                PassageKind.HEADING, "The Cast",
                PassageKind.PARAGRAPH, "The supporting players carry the middle hour" + LONG);
        Map<String, EndingPassage> found = find(sources, passages, List.of());
        assertTrue(found.containsKey("a-3"), "the explainer's own tail is its ending discussion");
        assertTrue(!found.containsKey("b-1"), "but its generic heading says nothing of the review's section");
    }

    @Test
    void aReviewCountsOnlyEndingHeadingsAndFinalSceneCues() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        source("r", "Tide review", SourceKind.ARTICLE, sources, passages,
                PassageKind.PARAGRAPH, "The photography is cold and grey" + LONG,
                PassageKind.PARAGRAPH, "The final scene shows the empty harbour" + LONG,
                PassageKind.HEADING, "The Performances",
                PassageKind.PARAGRAPH, "The lead is quietly extraordinary" + LONG,
                PassageKind.HEADING, "The Last Ten Minutes",
                PassageKind.PARAGRAPH, "Nothing is explained" + LONG);
        Map<String, EndingPassage> found = find(sources, passages, List.of());
        assertEquals(List.of("r-1", "r-5"), found.keySet().stream().sorted().toList());
        assertTrue(found.get("r-1").cues().contains(EndingCue.FINAL_SCENE));
        assertEquals(null, found.get("r-1").heading());
    }

    @Test
    void theLastLinesAndEveryPageQuotingThemCount() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        source("q", "Tide quotes", SourceKind.QUOTES, sources, passages,
                PassageKind.DIALOGUE, "Ned : Bring the nets in.",
                PassageKind.DIALOGUE, "[ last lines ]",
                PassageKind.DIALOGUE, "Ned : The sea keeps what it takes.");
        source("l", "Best Tide quotes", SourceKind.LISTING, sources, passages,
                PassageKind.BULLET, "Ned: The sea keeps what it takes.");
        Quote last = new Quote("q1", "The sea keeps what it takes.", "Ned", List.of("q", "l"),
                List.of(new QuoteOccurrence("q", "q-2", 0, 0, "The sea keeps what it takes.", "Ned"),
                        new QuoteOccurrence("l", "l-0", 0, 0, "The sea keeps what it takes.", "Ned")));
        Map<String, EndingPassage> found = find(sources, passages, List.of(last));
        assertEquals(List.of("l-0", "q-2"), found.keySet().stream().sorted().toList());
        assertTrue(found.get("l-0").cues().contains(EndingCue.LAST_WORDS));
    }

    @Test
    void aQuestionThreadAboutTheEndingCountsWhole() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        source("s", "What does the last shot of Tide mean?", SourceKind.QA, sources, passages,
                PassageKind.PARAGRAPH, "Is the boat on the horizon real or imagined by him" + LONG,
                PassageKind.PARAGRAPH, "asked Mar 3",
                PassageKind.PARAGRAPH, "I think it is his father's boat coming back for him" + LONG);
        Map<String, EndingPassage> found = find(sources, passages, List.of());
        assertEquals(List.of("s-0", "s-2"), found.keySet().stream().sorted().toList());
        assertTrue(found.get("s-2").cues().contains(EndingCue.QA_THREAD));
    }
}
