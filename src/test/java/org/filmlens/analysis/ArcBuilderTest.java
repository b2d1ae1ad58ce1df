package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.ArcStage;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.junit.jupiter.api.Test;

class ArcBuilderTest {
    private static Analysis analyse(Corpus corpus, List<Quote> quotes, List<SceneOutline> outline) {
        List<FilmCharacter> cast = new CastFinder().find(corpus, quotes);
        return new Analysis(quotes, cast, new SceneLinker().link(corpus, quotes, cast, outline), List.of());
    }

    private static java.util.Optional<Arc> arc(String name, Analysis a) {
        return new ArcBuilder().build(name, a.characters(), a.quotes(), a.scenes());
    }

    @Test
    void eachLeadOfTheSampleHasAnArcOfAtLeastThreeStagesInFilmOrder() {
        Corpus her = SampleCorpus.her();
        Analysis a = analyse(her, SampleCorpus.herQuotes(), SampleCorpus.herOutline());
        for (String lead : List.of("Theodore", "Samantha", "Catherine", "Amy")) {
            assertWellFormed(arc(lead, a).orElseThrow(), a, 3);
        }
        Arc theodore = arc("theodore twombly", a).orElseThrow();
        assertEquals("Theodore", theodore.character());
        assertEquals("Joaquin Phoenix", theodore.actor());
        assertTrue(theodore.stages().stream().anyMatch(s -> s.sceneId().equals("s13") && !s.quoteIds().isEmpty()),
                "Theodore's letter to Catherine is his line in the letter scene");
        Arc amy = arc("Amy", a).orElseThrow();
        assertEquals("s14", amy.stages().get(amy.stages().size() - 1).sceneId(), "Amy's arc ends on the roof");
    }

    @Test
    void theSecondFilmsLeadsHaveArcsToo() {
        Corpus lantern = SampleCorpus.lantern();
        Analysis a = analyse(lantern, SampleCorpus.lanternQuotes(), List.of());
        for (String lead : List.of("Mara", "Elias", "Nell")) {
            assertWellFormed(arc(lead, a).orElseThrow(), a, 3);
        }
        assertEquals("Elias", arc("the keeper", a).orElseThrow().character());
    }

    @Test
    void anUnknownNameHasNoArc() {
        Corpus her = SampleCorpus.her();
        Analysis a = analyse(her, SampleCorpus.herQuotes(), SampleCorpus.herOutline());
        assertTrue(arc("Samantha Morton", a).isEmpty());
        assertTrue(arc("Nobody", a).isEmpty());
    }

    private static void assertWellFormed(Arc arc, Analysis a, int minStages) {
        assertTrue(arc.stages().size() >= minStages, arc.character() + ": " + arc.stages().size() + " stages");
        Map<String, Integer> order = new HashMap<>();
        a.scenes().forEach(s -> order.put(s.id(), s.order()));
        Set<String> mentioned = new HashSet<>();
        arc.mentions().forEach((Mention m) -> mentioned.add(m.passageId()));
        int last = 0;
        for (ArcStage s : arc.stages()) {
            int o = order.get(s.sceneId());
            assertTrue(o > last, arc.character() + ": stages in film order");
            last = o;
            assertTrue(arc.quoteIds().containsAll(s.quoteIds()), "a stage's lines are the character's");
            assertTrue(mentioned.containsAll(s.passageIds()), "a stage's passages mention the character");
            assertTrue(!s.sharedWith().contains(arc.character()));
            Scene scene = a.scenes().stream().filter(x -> x.id().equals(s.sceneId())).findFirst().orElseThrow();
            assertTrue(scene.characters().containsAll(s.sharedWith()));
        }
    }
}
