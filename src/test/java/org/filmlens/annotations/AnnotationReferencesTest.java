package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotation on a scene or an ending question whose scene or question is gone is shown unplaced, and placed
 * again when it comes back; one on a question merged into another follows it; one on a quote reworded in the pages
 * (so with another id) follows the quote its span falls in.
 */
class AnnotationReferencesTest {
    @TempDir
    Path dir;

    private static Analysis analysis(List<String> scenes, List<String> questions, Quote... quotes) {
        return new Analysis(List.of(quotes), List.of(),
                scenes.stream().map(id -> new Scene(id, 1, id, List.of(), List.of(), List.of())).toList(),
                questions.stream().map(id -> new EndingQuestion(id, id + "?", List.of(), List.of())).toList());
    }

    private static Quote quote(String id, int start, int end) {
        return new Quote(id, "Every town has a tide line.", "Cal", List.of("s"),
                List.of(new QuoteOccurrence("s", "s.p1", start, end, "Every town has a tide line.", "Cal", null, null)));
    }

    @Test
    void scenesAndQuestionsGoneAreUnplacedAndPlacedAgainWhenBack() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation scene = store.add(AnnotationTarget.scene("s08"), "the pier", List.of(), null);
        Annotation question = store.add(AnnotationTarget.endingQuestion("who-killed"), "Deacon", List.of(), null);

        assertEquals(0, store.checkReferences(new AnnotationReferences(analysis(List.of("s08"), List.of("who-killed")))));
        assertFalse(store.get(scene.id()).orElseThrow().unplaced());

        assertEquals(2, store.checkReferences(new AnnotationReferences(analysis(List.of("s08a"), List.of()))));
        assertTrue(store.get(scene.id()).orElseThrow().unplaced(), "a scene split away: unplaced, kept");
        assertTrue(store.get(question.id()).orElseThrow().unplaced());

        store.checkReferences(new AnnotationReferences(analysis(List.of("s08"), List.of("who-killed"))));
        assertFalse(store.get(scene.id()).orElseThrow().unplaced(), "the scene back: placed again");

        Annotation onQuote = store.add(new AnnotationTarget(AnnotationTargetType.QUOTE, null, null, null, null, null,
                null, null, "q-tide"), "no span", List.of(), null);
        store.checkReferences(new AnnotationReferences(analysis(List.of("s08"), List.of("who-killed"))));
        assertTrue(store.get(onQuote.id()).orElseThrow().unplaced(), "its quote gone");
        store.checkReferences(new AnnotationReferences(analysis(List.of("s08"), List.of("who-killed"),
                quote("q-tide", 0, 27))));
        assertFalse(store.get(onQuote.id()).orElseThrow().unplaced(), "its quote back: placed again");

        store.repoint(AnnotationTargetType.ENDING_QUESTION, "who-killed", "deacon");
        assertEquals("deacon", store.get(question.id()).orElseThrow().target().refId(), "a merged question's note");
    }

    @Test
    void aQuestionNamedByAnotherOfItsIdsKeepsItsNotes() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation a = store.add(AnnotationTarget.endingQuestion("maribel-leave"), "she confesses", List.of(), null);
        Analysis renamed = new Analysis(List.of(), List.of(), List.of(), List.of(new EndingQuestion("maribel-gone",
                "Is Maribel gone?", List.of(), List.of(), List.of("maribel-leave"))));

        assertEquals(0, store.checkReferences(new AnnotationReferences(renamed)));
        assertEquals("maribel-gone", store.get(a.id()).orElseThrow().target().refId());
        assertFalse(store.get(a.id()).orElseThrow().unplaced());
    }

    @Test
    void aRewordedQuoteIsFollowedByItsSpan() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        AnnotationTarget onQuote = new AnnotationTarget(AnnotationTargetType.QUOTE, "s", "s.p1", 10, 37,
                "Every town has a tide line.", "", "", "q-old");
        Annotation a = store.add(onQuote, "the title's line", List.of(), null);

        store.checkReferences(new AnnotationReferences(analysis(List.of(), List.of(), quote("q-new", 10, 37))));
        assertEquals("q-new", store.get(a.id()).orElseThrow().target().refId());
        assertFalse(store.get(a.id()).orElseThrow().unplaced());

        store.checkReferences(new AnnotationReferences(analysis(List.of(), List.of(), quote("q-far", 200, 227))));
        assertTrue(store.get(a.id()).orElseThrow().unplaced(), "no quote where its span is: unplaced");
    }
}
