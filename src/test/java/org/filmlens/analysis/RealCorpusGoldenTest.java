package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.ArcStage;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.workspace.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Golden facts on the real pipeline's output (ingest, quotes, analysis) for the Her sample and the Salt Lantern dump
 * (src/test/resources/dumps/lantern-2019/expected.md §4–§6).
 */
class RealCorpusGoldenTest {

    // ------------------------------------------------------------------ Her

    @Test
    void herMainCastWithActors() {
        Workspace her = RealCorpora.her();
        assertEquals("Joaquin Phoenix", character(her, "Theodore").actor());
        assertEquals("Scarlett Johansson", character(her, "Samantha").actor());
        assertEquals("Rooney Mara", character(her, "Catherine").actor());
        assertEquals("Amy Adams", character(her, "Amy").actor());
        assertTrue(character(her, "Theodore").aliases().contains("Theodore Twombly"));
        List<String> leads = her.characters().subList(0, 4).stream().map(FilmCharacter::name).toList();
        assertEquals(Set.of("Theodore", "Samantha", "Catherine", "Amy"), Set.copyOf(leads));
    }

    @Test
    void herRealPeopleAreNotCharacters() {
        Workspace her = RealCorpora.her();
        for (String person : List.of("Olivia Wilde", "Chris Pratt", "Spike Jonze", "Jonze", "Samantha Morton",
                "Joaquin Phoenix", "Scarlett Johansson", "Rooney Mara", "Amy Adams", "Her")) {
            assertTrue(her.character(person).isEmpty(), person + " is not a character");
        }
    }

    @Test
    void herMentionsAreNamesOrAliasesAndNoneIsFalse() {
        Workspace her = RealCorpora.her();
        for (FilmCharacter c : her.characters()) {
            Set<String> forms = new HashSet<>();
            forms.add(c.name().toLowerCase(Locale.ROOT));
            c.aliases().forEach(a -> forms.add(a.toLowerCase(Locale.ROOT)));
            for (Mention m : c.mentions()) {
                String text = her.source(m.sourceId()).orElseThrow().text();
                String covered = text.substring(m.start(), m.end());
                assertTrue(forms.contains(covered.toLowerCase(Locale.ROOT)), c.name() + " mention '" + covered + "'");
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 8));
                assertFalse(after.startsWith(" Morton"), "Samantha Morton is an actress: " + m);
                assertFalse(after.startsWith(" Adams"), "Amy Adams is the actress: " + m);
                assertFalse(covered.equals("Her") || covered.equals("her"), "the title is not a mention: " + m);
                Passage p = her.corpus().passage(m.passageId()).orElseThrow();
                assertTrue(m.start() >= p.start() && m.end() <= p.end(), "a mention lies in its passage: " + m);
            }
        }
        assertTrue(character(her, "Theodore").mentions().size() >= 80);
        assertTrue(character(her, "Samantha").mentions().size() >= 60);
    }

    @Test
    void herLeadsHaveArcsOfThreeOrMoreStagesInFilmOrder() {
        Workspace her = RealCorpora.her();
        for (String lead : List.of("Theodore", "Samantha", "Catherine", "Amy")) {
            assertWellFormed(her, her.arc(lead).orElseThrow(), 3);
        }
        Arc amy = her.arc("Amy").orElseThrow();
        assertEquals("s14", amy.stages().get(amy.stages().size() - 1).sceneId(), "Amy's arc ends on the roof");
        assertEquals("s06", amy.stages().get(0).sceneId(), "Amy's arc starts with her friend the OS");
        // A paragraph about the goodbye and the letter names Amy only in its last sentence, about the roof.
        ArcStage roof = amy.stages().get(amy.stages().size() - 1);
        assertTrue(roof.passageIds().stream().anyMatch(id -> her.corpus().passage(id).orElseThrow().text()
                .startsWith("Ultimately, Samantha tells Theodore")), roof.passageIds().toString());
        Arc theodore = her.arc("theodore twombly").orElseThrow();
        List<String> scenes = theodore.stages().stream().map(ArcStage::sceneId).toList();
        assertTrue(scenes.containsAll(List.of("s01", "s02", "s08", "s11", "s12", "s13", "s14")), scenes.toString());
    }

    @Test
    void herScenesKnowWhoIsInThem() {
        Workspace her = RealCorpora.her();
        for (Scene s : her.scenes()) {
            if (!s.passages().isEmpty() || !s.quotes().isEmpty()) {
                assertFalse(s.characters().isEmpty(), s.id() + " " + s.title() + " has linked text but nobody in it");
            }
        }
        assertTrue(scene(her, "s06").characters().contains("Amy"));
        assertTrue(scene(her, "s08").characters().contains("Catherine"));
        assertTrue(scene(her, "s11").characters().containsAll(List.of("Theodore", "Samantha")));
        assertTrue(scene(her, "s14").characters().containsAll(List.of("Theodore", "Amy")));
        assertFalse(scene(her, "s02").characters().contains("Amy"));
    }

    @Test
    void herPassagesLandInTheScenesTheyDescribe() {
        Workspace her = RealCorpora.her();
        assertPassageIn(her, "s10", "offline");
        assertPassageIn(her, "s11", "8,316");
        assertPassageIn(her, "s14", "on the roof together");
        for (Scene s : her.scenes()) {
            for (SceneLink l : s.passages()) {
                assertTrue(l.confidence() > 0 && l.confidence() <= 1 && !l.reason().isBlank(), l.toString());
            }
        }
    }

    @Test
    void herLinesFromTheRealQuoteFinderLandInTheirScenesAndArcs() {
        Workspace her = RealCorpora.her();
        assertFalse(her.analysis().quotes().isEmpty(), "the real quote finder ran");
        assertQuoteIn(her, "s01", "To my Chris");
        assertQuoteIn(her, "s02", "social or anti-social");
        assertQuoteIn(her, "s08", "dating your computer");
        assertQuoteIn(her, "s11", "8,316");
        assertQuoteIn(her, "s13", "Dear Catherine");
        Arc theodore = her.arc("Theodore").orElseThrow();
        assertTrue(theodore.stages().stream().anyMatch(s -> s.sceneId().equals("s13") && s.quoteIds().stream()
                .anyMatch(q -> her.quote(q).orElseThrow().text().contains("Dear Catherine"))),
                "Theodore's letter to Catherine is his line in the letter scene");
        for (String lead : List.of("Theodore", "Samantha")) {
            FilmCharacter c = character(her, lead);
            assertTrue(c.quoteIds().size() >= 20, lead + " speaks " + c.quoteIds().size() + " lines");
            c.quoteIds().forEach(q -> assertEquals(lead, her.quote(q).orElseThrow().speaker()));
        }
    }

    // ------------------------------------------------------------------ The Salt Lantern

    @Test
    void lanternExactlyTheFiveCharactersWithTheirActors() {
        Workspace lantern = RealCorpora.lantern();
        Map<String, String> actors = lantern.characters().stream()
                .collect(Collectors.toMap(FilmCharacter::name, FilmCharacter::actor));
        assertEquals(Map.of("Mara", "Delphine Harrow", "Elias", "Tobias Wren", "Nell", "Ottilie Marsh",
                "June", "Priya Castellan", "Corin", "Malik Osei"), actors);
        assertEquals("Elias", lantern.character("the keeper").orElseThrow().name());
        assertEquals("Mara", lantern.character("Mara Quill").orElseThrow().name());
    }

    @Test
    void lanternFalseMentionsAreNotCounted() {
        Workspace lantern = RealCorpora.lantern();
        assertNoMentionIn(lantern, "Nell Ashdown", 0);
        assertNoMentionIn(lantern, "Ashdown", -5);
        assertNoMentionIn(lantern, "“Nell of the Narrows”", 1);
        assertNoMentionIn(lantern, "in June 2019", 3);
        assertNoMentionIn(lantern, "released in June", 12);
        assertMentionIn(lantern, "Nell", "Marsh’s Nell", 8);
        assertMentionIn(lantern, "Nell", "belongs to Nell", 11);
    }

    /** expected.md §4: whole-word first-name counts per page (labels included) are lower bounds. */
    @Test
    void lanternMentionsPerSourceReachTheHandCounts() {
        Workspace lantern = RealCorpora.lantern();
        Map<String, int[]> bounds = Map.of(
                "Mara", new int[] {28, 1, 27, 5, 16, 4, 4},
                "Elias", new int[] {7, 2, 22, 6, 8, 2, 1},
                "Nell", new int[] {10, 0, 7, 3, 3, 0, 2},
                "June", new int[] {4, 0, 4, 1, 6, 0, 1},
                "Corin", new int[] {6, 0, 7, 1, 2, 0, 1});
        List<String> sources = lantern.corpus().sources().stream().map(s -> s.id()).toList();
        assertEquals(7, sources.size());
        bounds.forEach((name, min) -> {
            Map<String, Integer> perSource = new HashMap<>();
            character(lantern, name).mentions().forEach(m -> perSource.merge(m.sourceId(), 1, Integer::sum));
            for (int i = 0; i < min.length; i++) {
                int got = perSource.getOrDefault(sources.get(i), 0);
                assertTrue(got >= min[i], name + " in " + sources.get(i) + ": " + got + " < " + min[i]);
            }
        });
    }

    @Test
    void lanternLeadsHaveArcsAndTheCoarseOutlineRunsOpeningToEnding() {
        Workspace lantern = RealCorpora.lantern();
        List<String> ids = lantern.scenes().stream().map(Scene::id).toList();
        assertEquals("opening", ids.get(0));
        assertEquals("ending", ids.get(ids.size() - 1));
        for (String lead : List.of("Mara", "Elias", "Nell")) {
            assertWellFormed(lantern, lantern.arc(lead).orElseThrow(), 3);
        }
        assertQuoteIn(lantern, "opening", "Nobody asks for Skerra");
        assertQuoteIn(lantern, "ending", "To see if he answers");
        Scene ending = lantern.scenes().get(ids.size() - 1);
        assertTrue(ending.characters().containsAll(List.of("Mara", "June")), ending.characters().toString());
        assertTrue(ending.passages().stream().anyMatch(l -> text(lantern, l).contains("final scene")));
    }

    // ------------------------------------------------------------------ helpers

    static void assertWellFormed(Workspace ws, Arc arc, int minStages) {
        assertTrue(arc.stages().size() >= minStages, arc.character() + ": " + arc.stages().size() + " stages");
        Map<String, Integer> order = new HashMap<>();
        ws.scenes().forEach(s -> order.put(s.id(), s.order()));
        Set<String> mentioned = new HashSet<>();
        arc.mentions().forEach(m -> mentioned.add(m.passageId()));
        int last = 0;
        for (ArcStage s : arc.stages()) {
            int o = order.get(s.sceneId());
            assertTrue(o > last, arc.character() + ": stages in film order");
            last = o;
            assertFalse(s.passageIds().isEmpty() && s.quoteIds().isEmpty(),
                    arc.character() + " at " + s.sceneId() + ": a stage says something");
            assertTrue(arc.quoteIds().containsAll(s.quoteIds()), "a stage's lines are the character's");
            assertTrue(mentioned.containsAll(s.passageIds()), "a stage's passages mention the character");
            Scene scene = scene(ws, s.sceneId());
            assertTrue(scene.characters().contains(arc.character()), arc.character() + " is in " + s.sceneId());
            assertTrue(scene.characters().containsAll(s.sharedWith()));
            assertFalse(s.sharedWith().contains(arc.character()));
        }
    }

    private static FilmCharacter character(Workspace ws, String name) {
        return ws.character(name).orElseThrow(() -> new AssertionError("no character " + name));
    }

    private static Scene scene(Workspace ws, String id) {
        return ws.scenes().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(Workspace ws, SceneLink l) {
        return ws.corpus().passage(l.targetId()).orElseThrow().text();
    }

    private static void assertPassageIn(Workspace ws, String sceneId, String words) {
        assertTrue(scene(ws, sceneId).passages().stream().anyMatch(l -> text(ws, l).contains(words)),
                "'" + words + "' in " + sceneId);
    }

    private static void assertQuoteIn(Workspace ws, String sceneId, String words) {
        List<String> texts = scene(ws, sceneId).quotes().stream()
                .map(l -> ws.quote(l.targetId()).orElseThrow().text()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains(words)), "'" + words + "' in " + sceneId + ": " + texts);
    }

    /** The name at {@code offset} within each occurrence of {@code phrase} is nobody's mention. */
    private static void assertNoMentionIn(Workspace ws, String phrase, int offset) {
        int found = 0;
        for (var s : ws.corpus().sources()) {
            for (int at = s.text().indexOf(phrase); at >= 0; at = s.text().indexOf(phrase, at + 1)) {
                found++;
                int pos = offset >= 0 ? at + offset : at;
                for (FilmCharacter c : ws.characters()) {
                    for (Mention m : c.mentions()) {
                        assertFalse(m.sourceId().equals(s.id()) && m.start() <= pos && pos < m.end()
                                        || m.sourceId().equals(s.id()) && m.start() >= at && m.end() <= at + phrase.length(),
                                "'" + phrase + "' counted as " + c.name());
                    }
                }
            }
        }
        assertTrue(found > 0, "'" + phrase + "' occurs in the corpus");
    }

    private static void assertMentionIn(Workspace ws, String name, String phrase, int offset) {
        FilmCharacter c = character(ws, name);
        boolean hit = false;
        for (var s : ws.corpus().sources()) {
            int at = s.text().indexOf(phrase);
            if (at >= 0) {
                int pos = at + offset;
                hit |= c.mentions().stream().anyMatch(m -> m.sourceId().equals(s.id()) && m.start() == pos);
            }
        }
        assertTrue(hit, "'" + phrase + "' mentions " + name);
    }
}
