package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReanchorTest {
    private static final String OLD_A = "Intro to the review.\n\n"
            + "He reads the letter aloud at the end. The letter is the whole film.\n\n"
            + "The rooftop scene closes the story with quiet hope for both of them.";
    private static final String OLD_B = "A list of quotes.\n\nThe past is just a story we tell ourselves.";

    @TempDir
    Path dir;

    private final Corpus before = TestCorpus.create().source("a", null, OLD_A).source("b", null, OLD_B).build();

    private Annotation annotate(AnnotationStore store, String sourceId, String exact, int occurrence)
            throws Exception {
        Source s = before.source(sourceId).orElseThrow();
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = s.text().indexOf(exact, start + 1);
        }
        int at = start;
        Passage holding = before.passagesOf(sourceId).stream().filter(x -> x.start() <= at && at < x.end())
                .findFirst().orElseThrow();
        AnnotationTarget t = new AnnotationTargets(before, Analysis.empty()).passageSpan(holding.id(), start,
                start + exact.length());
        return store.add(t, "note on " + exact, List.of("t"), null);
    }

    @Test
    void spansFollowTheirTextThroughAChangedDumpAndTheLostOnesAreKeptUnplaced() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation secondLetter = annotate(store, "a", "The letter", 0);
        Annotation rooftop = annotate(store, "a", "closes the story with quiet hope", 0);
        Annotation story = annotate(store, "b", "The past is just a story we tell ourselves.", 0);
        Annotation intro = annotate(store, "a", "Intro to the review.", 0);

        // The new dump: a paragraph inserted at the top (every offset moves), "letter" now also said earlier,
        // the rooftop sentence reworded slightly, the quote moved to another source, the intro gone.
        String newA = "A new opening paragraph that the site added. The letter matters.\n\n"
                + "He reads the letter aloud at the end. The letter is the whole film.\n\n"
                + "The rooftop scene closes the story with a quiet hope for both of them.";
        String newC = "Best lines.\n\n\"The past is just a story we tell ourselves.\" Amy says it.";
        Corpus after = TestCorpus.create().source("a", null, newA).source("c", null, newC).build();

        ReanchorReport report = store.reanchor(after);
        assertEquals(4, report.total());
        assertEquals(1, report.unplaced());

        Annotation l = store.get(secondLetter.id()).orElseThrow();
        assertFalse(l.unplaced());
        int expected = newA.indexOf("The letter is the whole film");
        assertEquals(expected, l.target().start(), "found by its context, not the first 'The letter'");
        assertEquals("a-p1", l.target().passageId());
        assertSpanHolds(after, l);

        Annotation r = store.get(rooftop.id()).orElseThrow();
        assertFalse(r.unplaced());
        assertEquals("closes the story with a quiet hope", r.target().exact(), "fuzzy match over the new wording");
        assertSpanHolds(after, r);

        Annotation s = store.get(story.id()).orElseThrow();
        assertEquals("c", s.target().sourceId());
        assertEquals("c-p1", s.target().passageId());
        assertSpanHolds(after, s);

        Annotation i = store.get(intro.id()).orElseThrow();
        assertTrue(i.unplaced(), "kept and flagged, never dropped");
        assertEquals("note on Intro to the review.", i.note());
        assertEquals("Intro to the review.", i.target().exact());
        assertEquals(intro.modified(), i.modified(), "re-anchoring is not a user edit");

        // Ingesting the old text again places the lost one again.
        store.reanchor(before);
        Annotation back = store.get(intro.id()).orElseThrow();
        assertFalse(back.unplaced());
        assertEquals(0, back.target().start());
    }

    @Test
    void spansRewordedEverywhereArePlacedTogetherEachInItsOwnBestPlace() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation fromA = annotate(store, "a", "closes the story with quiet hope", 0);
        Annotation fromB = annotate(store, "b", "The past is just a story we tell ourselves.", 0);
        Annotation exact = annotate(store, "a", "He reads the letter aloud", 0);

        // Two sources reword each span by one edit. Between equally close matches the span's own source wins, and
        // for a span whose source is gone, the first source in the corpus's order.
        String newX = "Elsewhere.\n\nThe rooftop scene closes the stery with quiet hope and more.\n\n"
                + "\"The past is just a story we tell ourselvas.\" says Amy, and the story goes on.";
        String newA = "He reads the letter aloud at the end.\n\n"
                + "The rooftop scene closes the stary with quiet hope for both of them, quiet quiet story.";
        String newY = "\"The past is just a story we tell ourselvos.\"";
        Corpus after = TestCorpus.create().source("x", null, newX).source("a", null, newA).source("y", null, newY)
                .build();

        ReanchorReport report = store.reanchor(after);
        assertEquals(3, report.total());
        assertEquals(0, report.unplaced());

        Annotation a = store.get(fromA.id()).orElseThrow();
        assertEquals("a", a.target().sourceId(), "an equally close match in its own source wins");
        assertEquals("closes the stary with quiet hope", a.target().exact());
        assertSpanHolds(after, a);

        Annotation b = store.get(fromB.id()).orElseThrow();
        assertEquals("x", b.target().sourceId(), "its source is gone: the first source that has it");
        assertEquals("The past is just a story we tell ourselvas.", b.target().exact());
        assertSpanHolds(after, b);

        Annotation e = store.get(exact.id()).orElseThrow();
        assertEquals("a", e.target().sourceId());
        assertEquals(0, e.target().start());
        assertSpanHolds(after, e);
    }

    @Test
    void aSpanNearerInAnotherSourceIsPlacedThere() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation rooftop = annotate(store, "a", "closes the story with quiet hope", 0);
        String newA = "The rooftop scene closes the tale with some hope for both of them.";
        String newZ = "Later on, it closes the stery with quiet hope.";
        Corpus after = TestCorpus.create().source("a", null, newA).source("z", null, newZ).build();

        store.reanchor(after);

        Annotation r = store.get(rooftop.id()).orElseThrow();
        assertEquals("z", r.target().sourceId(), "one edit away there, more in its own source");
        assertEquals("closes the stery with quiet hope", r.target().exact());
        assertSpanHolds(after, r);
    }

    @Test
    void aHeadingRewordedWhereItStoodBeatsALikeHeadingElsewhere() throws Exception {
        String old = "Intro.\n\nWhat Happens At The End Of Tide\n\nHe walks into the sea at dawn and does not look"
                + " back.\n\nThe boat comes back empty on the morning tide.\n\nWhat Happens After The End Of Tide"
                + "\n\nNothing.";
        Corpus first = TestCorpus.create().source("a", null, old).build();
        AnnotationStore store = AnnotationStore.open(dir);
        int start = old.indexOf("What Happens At The End Of Tide");
        Passage heading = first.passagesOf("a").stream().filter(x -> x.start() == start).findFirst().orElseThrow();
        Annotation note = store.add(new AnnotationTargets(first, Analysis.empty()).passageSpan(heading.id(), start,
                start + "What Happens At The End Of Tide".length()), "the heading", List.of(), null);
        // the heading gains a word where it stood; the other heading is an edit closer to the old words
        String changed = old.replace("At The End Of Tide", "At The Very End Of Tide");
        Corpus after = TestCorpus.create().source("a", null, changed).build();

        store.reanchor(after);

        Annotation placed = store.get(note.id()).orElseThrow();
        assertEquals(changed.indexOf("What Happens At The Very End"), (int) placed.target().start());
        assertSpanHolds(after, placed);
    }

    @Test
    void theSameTextAgainChangesNothing() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        annotate(store, "a", "The letter", 0);
        annotate(store, "b", "a story", 0);
        List<Annotation> saved = store.list();
        ReanchorReport report = store.reanchor(before);
        assertEquals(0, report.moved());
        assertEquals(saved, store.list());
    }

    @Test
    void exactTextAloneGoesToTheOccurrenceNearestTheOldOffset() {
        String text = "word one. word two. word three. word four.";
        TextAnchor.Span near = TextAnchor.exact(text, "word", "zzz", "yyy", 21).orElseThrow();
        assertEquals(20, near.start());
        TextAnchor.Span withContext = TextAnchor.exact(text, "word", "two. ", " three", 0).orElseThrow();
        assertEquals(20, withContext.start());
    }

    @Test
    void fuzzyMatchFindsTheClosestSpanWithinTheEditBound() {
        FuzzyMatcher.Match m = FuzzyMatcher.find("quiet hope", "a story with quite hope and more", 2).orElseThrow();
        assertEquals("quite hope", "a story with quite hope and more".substring(m.start(), m.end()));
        assertTrue(FuzzyMatcher.find("quiet hope", "nothing alike here at all", 2).isEmpty());
    }

    @Test
    void aShortSpanWhoseParagraphIsGoneIsNotMovedToTheSameWordsElsewhere() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation letter = annotate(store, "a", "the letter", 0);
        String newA = "Intro to the review.\n\nThe rooftop scene closes the story with quiet hope for both of them."
                + "\n\nCatherine signs the letter too.";
        Corpus after = TestCorpus.create().source("a", null, newA).source("b", null, OLD_B).build();

        store.reanchor(after);

        assertTrue(store.get(letter.id()).orElseThrow().unplaced(),
                "\"the letter\" elsewhere, away from its old words, is other words: unplaced");
    }

    @Test
    void aSentenceAnnotatedInTheParagraphThatDisagreedDoesNotMoveToTheOneItDisagreedWith() throws Exception {
        String claim = "The letter to Catherine is what makes the ending work";
        String forum = "Intro.\n\n" + claim + ", says the first post, and it is right about it.\n\n"
                + "I disagree completely. " + claim + "? No: the rooftop does.";
        Corpus old = TestCorpus.create().source("f", null, forum).build();
        AnnotationStore store = AnnotationStore.open(dir);
        int start = forum.lastIndexOf(claim);
        AnnotationTarget t = new AnnotationTargets(old, Analysis.empty()).passageSpan("f-p2", start,
                start + claim.length());
        Annotation disagreeing = store.add(t, "the reply's point", List.of(), null);

        Corpus after = TestCorpus.create().source("f", null, forum.substring(0, forum.indexOf("\n\nI disagree")))
                .build();
        store.reanchor(after);

        assertTrue(store.get(disagreeing.id()).orElseThrow().unplaced(),
                "the same words in the first post are the claim it answered, not its own");
    }

    @Test
    void aRewordedSpanIsPlacedOnTheNewWordsAndKeepsTheOldOnes() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        String said = "The rooftop scene closes the story with quiet hope for both of them.";
        Annotation rooftop = annotate(store, "a", said, 0);
        String reworded = "The rooftop scene closes the story with a quiet hope for both of them.";
        Corpus after = TestCorpus.create().source("a", null, OLD_A.replace(said, reworded))
                .source("b", null, OLD_B).build();

        store.reanchor(after);

        Annotation r = store.get(rooftop.id()).orElseThrow();
        assertFalse(r.unplaced());
        assertEquals(reworded, r.target().exact());
        assertTrue(r.textChanged());
        assertEquals(said, r.annotatedText(), "the words annotated are kept");

        store.reanchor(before);
        Annotation back = store.get(rooftop.id()).orElseThrow();
        assertEquals(said, back.target().exact());
        assertFalse(back.textChanged(), "on its first words again: nothing changed");
    }

    private static void assertSpanHolds(Corpus corpus, Annotation a) {
        AnnotationTarget t = a.target();
        String text = corpus.source(t.sourceId()).orElseThrow().text();
        assertEquals(t.exact(), text.substring(t.start(), t.end()));
        Passage p = corpus.passage(t.passageId()).orElseThrow();
        assertTrue(p.start() <= t.start() && t.end() <= p.end());
    }
}
