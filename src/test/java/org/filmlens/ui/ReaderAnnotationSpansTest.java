package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Passage;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.WholeWords;
import org.filmlens.ui.reader.AnnotatedRun;
import org.filmlens.ui.reader.AnnotatedRanges;
import org.filmlens.ui.reader.PassageRow;
import org.filmlens.ui.reader.ReaderSelection;
import org.filmlens.ui.reader.ReaderViewModel;
import org.filmlens.ui.reader.TextRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating the words selected in a passage, and the reader showing which parts of each passage are annotated. */
class ReaderAnnotationSpansTest {
    private static final String T0 = "2026-01-01T00:00:00Z";

    @TempDir
    Path dir;
    WorkbenchFixture f;
    ReaderViewModel reader;

    @BeforeEach
    void open() throws Exception {
        f = new WorkbenchFixture(dir);
        f.vm.annotations().activate();
        reader = f.vm.reader();
        f.vm.navigator().openSource("coast-weekly");
    }

    private PassageRow row(int index) {
        return reader.passages().get(index);
    }

    private String sourceText() {
        return f.film.sourceById("coast-weekly").text();
    }

    @Test
    void aSelectionBecomesTheSpanAtThePassagesOffsetInTheSource() throws Exception {
        PassageRow p = row(2);
        AnnotationTarget t = reader.targetFor(p, 4, 12);
        assertEquals(p.start() + 4, t.start());
        assertEquals(p.start() + 12, t.end());
        assertEquals(p.text().substring(4, 12), t.exact());
        assertEquals(t.exact(), sourceText().substring(t.start(), t.end()));
        assertEquals(p.passageId(), t.passageId());
        assertEquals("coast-weekly", t.sourceId());
        assertTrue(sourceText().substring(0, t.start()).endsWith(t.prefix()), t.prefix());
        assertEquals(t, reader.targetFor(p, 12, 4), "a selection dragged backwards is the same words");
    }

    @Test
    void noSelectionOrOnlyBlanksMeansTheWholePassage() throws Exception {
        PassageRow p = row(2);
        for (AnnotationTarget t : List.of(reader.targetFor(p, 0, 0), reader.targetFor(p, 7, 7))) {
            assertEquals(p.start(), t.start());
            assertEquals(p.end(), t.end());
            assertEquals(p.text(), t.exact());
        }
        int blank = p.text().indexOf(' ');
        AnnotationTarget t = reader.targetFor(p, blank, blank + 1);
        assertEquals(p.text(), t.exact());
    }

    @Test
    void aSelectionRunningToThePassagesEndStopsAtItsLastCharacter() throws Exception {
        PassageRow p = row(2);
        int len = p.text().length();
        AnnotationTarget t = reader.targetFor(p, len - 8, len);
        assertEquals(p.end(), t.end());
        assertEquals("reading.", t.exact());
        // a selection past the end (a stale one) is held to the passage, never to the next passage's words
        assertEquals(t, reader.targetFor(p, len - 8, len + 40));
    }

    @Test
    void blanksAtTheSelectionsEdgesAreLeftOut() throws Exception {
        PassageRow p = row(2);
        int space = p.text().indexOf(' ');
        int nextSpace = p.text().indexOf(' ', space + 1);
        AnnotationTarget t = reader.targetFor(p, space, nextSpace + 1);
        assertEquals(p.text().substring(space + 1, nextSpace), t.exact());
    }

    @Test
    void aSelectionStartingOrEndingMidWordTakesTheWholeWords() throws Exception {
        PassageRow p = row(2); // "The sea took both of them, in our reading."
        assertEquals("sea took both", reader.targetFor(p, 5, 15).exact(), "\"ea took bo\"");
        assertEquals("them, in our", reader.targetFor(p, 23, 31).exact(), "\"em, in ou\": the comma is no word");
        assertEquals("them,", reader.targetFor(p, 21, 26).exact(), "punctuation selected stays");
        assertEquals("sea", reader.targetFor(p, 3, 6).exact(), "\" se\": the blank before the word is left out");
    }

    @Test
    void wordsAreWholeAcrossApostrophesAndHyphensButNotOtherPunctuation() {
        String text = "a voice-over (she didn't) \u201cend\u201d";
        assertEquals("voice-over", text.substring(WholeWords.around(text, 4, 9).getStart(),
                WholeWords.around(text, 4, 9).getEnd()));
        assertEquals("didn't", text.substring(WholeWords.around(text, 19, 20).getStart(),
                WholeWords.around(text, 19, 20).getEnd()));
        assertEquals("(she", text.substring(WholeWords.around(text, 13, 15).getStart(),
                WholeWords.around(text, 13, 15).getEnd()));
        assertEquals(text.length() - 1, WholeWords.nextWordEnd(text, 26), "to the word's end, not its quote");
        assertEquals(2, WholeWords.previousWordStart(text, 11));
    }

    @Test
    void wordsSelectedInTheReaderAreShownWholeAndAnnotatedAsTheyAreShown() {
        PassageRow p = row(2);
        reader.selectText(p, 15, 5); // dragged backwards from mid-"both" to mid-"sea"
        ReaderSelection s = reader.textSelectionProperty().get();
        assertEquals(new TextRange(4, 17), s.words());
        assertEquals("sea took both", s.text());
        assertEquals(Optional.of(new TextRange(4, 17)), reader.selectedWords(p));
        assertEquals(Optional.empty(), reader.selectedWords(row(1)), "a selection is in one passage");

        reader.annotateTextSelection(AnnotationDraft.of("the sea's two", "sea", null));
        assertEquals(List.of(new TextRange(4, 17)), reader.annotatedRanges(p));
        assertEquals("sea took both", f.vm.annotations().annotations().get(0).exact());
        assertNull(reader.textSelectionProperty().get(), "the new highlight shows, not the selection");
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void aClickOrADragOverBlanksSelectsNothingAndAnotherSourceDropsTheSelection() {
        PassageRow p = row(2);
        reader.selectText(p, 4, 8);
        reader.selectText(p, 6, 6);
        assertNull(reader.textSelectionProperty().get());
        int blank = p.text().indexOf(' ');
        reader.selectText(p, blank, blank + 1);
        assertNull(reader.textSelectionProperty().get());
        reader.selectText(p, 4, 8);
        f.vm.navigator().openSource("harbor-review");
        assertNull(reader.textSelectionProperty().get());
    }

    @Test
    void shiftArrowsSelectAWordMoreOrLessFromThePassagesStart() {
        PassageRow p = row(2);
        reader.extendTextSelection(p, true);
        assertEquals("The", reader.textSelectionProperty().get().text());
        reader.extendTextSelection(p, true);
        reader.extendTextSelection(p, true);
        assertEquals("The sea took", reader.textSelectionProperty().get().text());
        reader.extendTextSelection(p, false);
        assertEquals("The sea", reader.textSelectionProperty().get().text());
        reader.extendTextSelection(row(1), false);
        assertEquals("farewell.", reader.textSelectionProperty().get().text(),
                "another passage starts from its end");
    }

    @Test
    void eachAnnotatedRunKnowsItsNotesAndAnEditFromTheReaderIsSaved() {
        PassageRow p = row(2);
        reader.annotate(p, 4, 17, AnnotationDraft.of("the sea's two", "sea", null));
        reader.annotate(p, 9, 26, AnnotationDraft.of("", "loss", AnnotationStance.AGREE));
        List<AnnotatedRun> runs = reader.annotatedRuns(p);
        // the second was dragged from mid-"took": it starts at the word
        assertEquals(List.of(new TextRange(4, 8), new TextRange(8, 17), new TextRange(17, 26)),
                runs.stream().map(AnnotatedRun::range).toList());
        assertEquals("the sea's two\n#sea", runs.get(0).describe());
        assertEquals("the sea's two\n#sea\n\n(no note)\n#loss \u00b7 agree", runs.get(1).describe());

        Annotation first = runs.get(0).annotations().get(0);
        reader.editAnnotation(first, AnnotationDraft.of("both of them", "sea", null));
        assertEquals("both of them", reader.annotatedRuns(p).get(0).annotations().get(0).note());
        f.vm.undo().undo();
        assertEquals("the sea's two", reader.annotatedRuns(p).get(0).annotations().get(0).note());
        reader.deleteAnnotation(reader.annotatedRuns(p).get(2).annotations().get(0));
        assertEquals(List.of(new TextRange(4, 17)), reader.annotatedRanges(p));
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void annotatingSelectedWordsHighlightsThemAndUndoTakesTheHighlightAway() {
        PassageRow p = row(2);
        assertEquals(List.of(), reader.annotatedRanges(p));
        reader.annotate(p, 4, 12, AnnotationDraft.of("these words", "", null));
        assertEquals(List.of(new TextRange(4, 12)), reader.annotatedRanges(p));
        assertEquals(List.of(), reader.annotatedRanges(row(1)), "only the annotated passage shows it");

        reader.annotate(p, 0, 0, AnnotationDraft.of("all of it", "", null));
        assertEquals(List.of(new TextRange(0, p.text().length())), reader.annotatedRanges(p));

        f.vm.undo().undo();
        assertEquals(List.of(new TextRange(4, 12)), reader.annotatedRanges(p));
        f.vm.annotations().delete(f.vm.annotations().annotations().get(0));
        assertEquals(List.of(), reader.annotatedRanges(p));
        f.vm.undo().undo();
        assertEquals(List.of(new TextRange(4, 12)), reader.annotatedRanges(p));
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void rangesAreClippedToThePassageMergedAndSkipUnplacedAndOtherSources() {
        Passage p = f.film.passage("coast-weekly", 2);
        PassageRow row = new PassageRow(p.id(), p.kind(), p.start(), p.end(), p.text());
        List<Annotation> annotations = List.of(
                placed("a", "coast-weekly", p.start() + 10, p.start() + 20, false),
                placed("b", "coast-weekly", p.start() + 15, p.start() + 25, false),   // overlaps a
                placed("c", "coast-weekly", p.start() - 5, p.start() + 3, false),     // starts in the passage before
                placed("d", "coast-weekly", p.end() - 2, p.end() + 30, false),        // runs into the next passage
                placed("e", "coast-weekly", p.start() + 30, p.start() + 35, true),    // unplaced: offsets are stale
                placed("f", "harbor-review", p.start() + 40, p.start() + 45, false),  // another source
                placed("g", "coast-weekly", p.end() + 1, p.end() + 9, false));        // a later passage
        int len = p.text().length();
        assertEquals(List.of(new TextRange(0, 3), new TextRange(10, 25), new TextRange(len - 2, len)),
                AnnotatedRanges.in(row, "coast-weekly", annotations));
    }

    private static Annotation placed(String id, String sourceId, int start, int end, boolean unplaced) {
        AnnotationTarget t = AnnotationTarget.span(sourceId, sourceId + "#2", start, end, "x".repeat(end - start),
                "", "");
        return new Annotation(id, t, "n", List.of(), null, T0, T0, unplaced);
    }
}
