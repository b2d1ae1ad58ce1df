package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SceneLinkerTest {
    private static Corpus her;
    private static List<Quote> quotes;
    private static List<Scene> scenes;

    @BeforeAll
    static void link() {
        her = SampleCorpus.her();
        quotes = SampleCorpus.herQuotes();
        scenes = new SceneLinker().link(her, quotes, new CastFinder().find(her, quotes), SampleCorpus.herOutline());
    }

    @Test
    void theSampleOutlineHasTenToFourteenScenesInOrder() {
        List<SceneOutline> outline = SampleCorpus.herOutline();
        assertTrue(outline.size() >= 10 && outline.size() <= 14);
        assertEquals(outline.size(), scenes.size());
        for (int i = 0; i < scenes.size(); i++) {
            assertEquals(i + 1, scenes.get(i).order());
            assertEquals(outline.get(i).id(), scenes.get(i).id());
        }
    }

    @Test
    void aReasonReadLikeOneKeptIsTheKeptString() {
        java.util.Map<String, String> kept = new java.util.HashMap<>();
        String first = new String("words: say");
        assertSame(first, SceneLinker.once(first, kept));
        assertSame(first, SceneLinker.once(new String("words: say"), kept));
        assertEquals("words: end", SceneLinker.once("words: end", kept));
        assertEquals(2, kept.size());
    }

    @Test
    void passagesLinkedForTheSameWordsShareOneReasonString() {
        java.util.Map<String, String> first = new java.util.HashMap<>();
        int repeated = 0;
        for (Scene s : scenes) {
            for (SceneLink l : s.passages()) {
                if (l.reason().startsWith("words: ")) {
                    String known = first.putIfAbsent(l.reason(), l.reason());
                    if (known != null) {
                        assertSame(known, l.reason());
                        repeated++;
                    }
                }
            }
        }
        assertTrue(repeated > 0);
    }

    @Test
    void linesLandInTheirScenes() {
        assertQuoteIn("s01", "To my Chris."); // after the [ first lines ] marker
        assertQuoteIn("s02", "Are you social or anti-social?");
        assertQuoteIn("s03", "I gave it to myself actually.");
        assertQuoteIn("s08", "You're dating your computer?");
        assertQuoteIn("s11", "8,316.");
        assertQuoteIn("s11", "641.");
        assertQuoteIn("s12", "come find me");
        assertQuoteIn("s13", "Dear Catherine, I've been sitting here"); // [ last lines ], the letter scene
    }

    @Test
    void passagesLandInTheScenesTheyDescribe() {
        assertPassageIn("s01", "As the film opens, he has been commissioned");
        assertPassageIn("s10", "he is shocked to discover that the OS is offline");
        assertPassageIn("s11", "8,316 to be exact");
        assertPassageIn("s14", "on the roof together");
    }

    @Test
    void linksCarryAConfidenceAndAReason() {
        for (Scene s : scenes) {
            for (SceneLink l : concat(s.passages(), s.quotes())) {
                assertTrue(l.confidence() > 0 && l.confidence() <= 1, l.toString());
                assertFalse(l.reason().isBlank(), l.toString());
            }
        }
    }

    @Test
    void aQuoteLinkNamesTheSourceThatQuotesItByTitleNotByPassageId() {
        int named = 0;
        for (Scene s : scenes) {
            for (SceneLink l : s.quotes()) {
                assertTrue(l.reason().startsWith("quoted in “"), l.toString());
                assertFalse(l.reason().matches(".*\\.p\\d+.*"), "a passage id in " + l);
                String title = l.reason().substring("quoted in “".length(), l.reason().indexOf("”: "));
                assertTrue(her.sources().stream().anyMatch(src -> src.title().strip().equals(title)), l.toString());
                named++;
            }
        }
        assertTrue(named > 0);
    }

    @Test
    void aSourceWithoutATitleIsNamedByItsId() {
        String text = "Words.";
        Corpus corpus = new Corpus(new Film("F", 2020, null), List.of(
                new Source("titled", " A Page ", null, null, null, SourceKind.ARTICLE, text),
                new Source("blank", "  ", null, null, null, SourceKind.ARTICLE, text),
                new Source("none", null, null, null, null, SourceKind.ARTICLE, text)),
                List.of(passage("titled"), passage("blank"), passage("none")));
        assertEquals("\u201cA Page\u201d", SceneLinker.titleOf(corpus, corpus.passages().get(0)));
        assertEquals("blank", SceneLinker.titleOf(corpus, corpus.passages().get(1)));
        assertEquals("none", SceneLinker.titleOf(corpus, corpus.passages().get(2)));
    }

    private static Passage passage(String sourceId) {
        return new Passage(sourceId + ".p0", sourceId, 0, PassageKind.PARAGRAPH, null, 0, 6, "Words.");
    }

    @Test
    void scenesKnowWhoIsInThem() {
        assertTrue(scene("s08").characters().contains("Catherine"));
        assertTrue(scene("s06").characters().contains("Amy"));
        assertTrue(scene("s11").characters().containsAll(List.of("Theodore", "Samantha")));
        assertFalse(scene("s02").characters().contains("Amy"));
    }

    @Test
    void withoutAnOutlineCuesGiveACoarseOne() {
        List<Scene> coarse = new SceneLinker().link(her, quotes, List.of(), List.of());
        List<String> ids = coarse.stream().map(Scene::id).toList();
        assertEquals("opening", ids.get(0));
        assertEquals("ending", ids.get(ids.size() - 1));
        assertTrue(ids.contains("middle"));
        assertTrue(ids.indexOf("third-act") > ids.indexOf("middle"), ids.toString());
        assertTrue(quoteTexts(coarse.get(0)).stream().anyMatch(t -> t.contains("To my Chris.")));
        assertTrue(passageTexts(coarse.get(coarse.size() - 1)).stream().anyMatch(t -> t.contains("final few moments")));
        assertTrue(passageTexts(coarse.get(ids.indexOf("third-act"))).stream()
                .anyMatch(t -> t.startsWith("In the third act")));
    }

    @Test
    void aFilmWithoutCuesStillGetsBeginningMiddleAndEnd() {
        Corpus tiny = TinyCorpus.of("Lighthouse", "Nora keeps the lamp lit.", "Nora : The lamp needs oil.");
        List<Scene> coarse = new SceneLinker().link(tiny, List.of(), List.of(), List.of());
        assertEquals(List.of("opening", "middle", "ending"), coarse.stream().map(Scene::id).toList());
    }

    @Test
    void theSecondFilmsFirstAndLastLinesOpenAndCloseIt() {
        Corpus lantern = SampleCorpus.lantern();
        List<Quote> lq = SampleCorpus.lanternQuotes();
        List<Scene> coarse = new SceneLinker().link(lantern, lq, new CastFinder().find(lantern, lq), List.of());
        assertEquals("opening", coarse.get(0).id());
        assertTrue(quoteTexts(coarse.get(0), lq).stream().anyMatch(t -> t.startsWith("Nobody asks for Skerra")));
        Scene ending = coarse.get(coarse.size() - 1);
        assertTrue(quoteTexts(ending, lq).stream().anyMatch(t -> t.contains("To see if he answers")));
        assertTrue(passageTexts(ending, lantern).stream().anyMatch(t -> t.contains("Then comes the final scene")));
    }

    private static Scene scene(String id) {
        return scenes.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertQuoteIn(String sceneId, String words) {
        assertTrue(quoteTexts(scene(sceneId)).stream().anyMatch(t -> t.contains(words)),
                "'" + words + "' in " + sceneId + ": " + quoteTexts(scene(sceneId)));
    }

    private static void assertPassageIn(String sceneId, String words) {
        assertTrue(passageTexts(scene(sceneId)).stream().anyMatch(t -> t.contains(words)), words + " in " + sceneId);
    }

    private static List<String> quoteTexts(Scene s) {
        return quoteTexts(s, quotes);
    }

    private static List<String> quoteTexts(Scene s, List<Quote> all) {
        return s.quotes().stream().map(l -> all.stream().filter(q -> q.id().equals(l.targetId())).findFirst()
                .orElseThrow().text()).toList();
    }

    private static List<String> passageTexts(Scene s) {
        return passageTexts(s, her);
    }

    private static List<String> passageTexts(Scene s, Corpus c) {
        return s.passages().stream().map(l -> c.passage(l.targetId()).orElseThrow().text()).toList();
    }

    private static List<SceneLink> concat(List<SceneLink> a, List<SceneLink> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
