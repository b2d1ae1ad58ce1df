package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.AnnotationRow;
import org.filmlens.ui.notes.AnnotationsViewModel;
import org.filmlens.ui.reader.PassageRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating from the reader and the quote browser, editing, deleting, and shortcut+Z / shortcut+Y over all of it. */
class AnnotationsViewModelTest {
    @TempDir
    Path dir;
    WorkbenchFixture f;
    AnnotationsViewModel notes;

    @BeforeEach
    void open() throws Exception {
        f = new WorkbenchFixture(dir);
        notes = f.vm.annotations();
        notes.activate();
    }

    private PassageRow passage(int index) {
        return f.vm.reader().passages().get(index);
    }

    @Test
    void theFollowedQuoteIsWhatTheReaderAnnotates() {
        f.vm.quotes().activate();
        f.vm.quotes().selectedProperty().set(f.vm.quotes().quotes().stream()
                .filter(q -> q.text().equals(InventedFilm.LINE_SEA)).findFirst().orElseThrow());
        f.vm.quotes().open(f.vm.quotes().occurrences().stream()
                .filter(o -> o.sourceId().equals("harbor-review")).findFirst().orElseThrow());
        f.vm.reader().annotate(passage(2), AnnotationDraft.of("the line that ends it", "ending, sea", null));

        assertEquals(1, notes.annotations().size());
        AnnotationRow row = notes.annotations().get(0);
        assertEquals(InventedFilm.LINE_SEA, row.annotation().target().exact());
        assertEquals(AnnotationTargetType.PASSAGE_SPAN, row.annotation().target().type());
        assertEquals("Tidewater ending explained", row.where());
        assertEquals("ending, sea", row.tags());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void withoutAHighlightTheWholePassageIsAnnotated() {
        f.vm.navigator().openSource("coast-weekly");
        f.vm.reader().annotate(passage(2), AnnotationDraft.of("grim", "", AnnotationStance.DISAGREE));
        AnnotationRow row = notes.annotations().get(0);
        assertEquals(f.film.passage("coast-weekly", 2).text(), row.annotation().target().exact());
        assertEquals("disagree", row.stance());
    }

    @Test
    void aQuoteCanBeAnnotatedFromTheBrowserAndOpensAtItsOccurrence() {
        f.vm.quotes().activate();
        f.vm.quotes().selectedProperty().set(f.vm.quotes().quotes().get(0));
        String text = f.vm.quotes().selectedProperty().get().text();
        f.vm.quotes().annotate(AnnotationDraft.of("who says this?", "", null));
        AnnotationRow row = notes.annotations().get(0);
        assertEquals(AnnotationTargetType.QUOTE, row.annotation().target().type());
        assertTrue(row.where().startsWith("Quote"), row.where());
        notes.open(row);
        assertEquals(text, f.vm.reader().highlightedText());
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughAddEditAndDelete() {
        f.vm.navigator().openSource("harbor-review");
        f.vm.reader().annotate(passage(1), AnnotationDraft.of("first", "a", null));
        AnnotationRow row = notes.annotations().get(0);
        notes.edit(row, AnnotationDraft.of("second", "a, b", AnnotationStance.AGREE));
        assertEquals("second", notes.annotations().get(0).note());
        assertEquals("Undo edit annotation", f.vm.undo().undoLabelProperty().get());

        f.vm.undo().undo();
        assertEquals("first", notes.annotations().get(0).note());
        assertEquals("a", notes.annotations().get(0).tags());
        assertEquals("", notes.annotations().get(0).stance());
        f.vm.undo().undo();
        assertTrue(notes.annotations().isEmpty());
        assertFalse(f.vm.undo().canUndoProperty().get());

        f.vm.undo().redo();
        f.vm.undo().redo();
        assertEquals("second", notes.annotations().get(0).note());

        notes.delete(notes.annotations().get(0));
        assertTrue(notes.annotations().isEmpty());
        f.vm.undo().undo();
        assertEquals(List.of("second"), notes.annotations().stream().map(AnnotationRow::note).toList());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void theFilterMatchesNoteTextAndTags() {
        f.vm.navigator().openSource("harbor-review");
        f.vm.reader().annotate(passage(1), AnnotationDraft.of("rowing", "dawn", null));
        f.vm.reader().annotate(passage(3), AnnotationDraft.of("the lamp", "symbol", null));
        notes.filterProperty().set("symbol");
        assertEquals(List.of("the lamp"), notes.annotations().stream().map(AnnotationRow::note).toList());
        notes.filterProperty().set("lighthouse");
        assertEquals(List.of("rowing"), notes.annotations().stream().map(AnnotationRow::note).toList());
        assertEquals("1 of 2 annotations", notes.summaryProperty().get());
    }

    @Test
    void anotherWorkspaceStartsWithNothingToUndo() {
        f.vm.navigator().openSource("harbor-review");
        f.vm.reader().annotate(passage(1), AnnotationDraft.of("x", "", null));
        assertTrue(f.vm.undo().canUndoProperty().get());
        f.vm.open(dir.resolve("other"), false);
        assertFalse(f.vm.undo().canUndoProperty().get());
    }

    @Test
    void anEditKeepsItsRowInPlaceAndSelected() throws Exception {
        f.vm.navigator().openSource("harbor-review");
        f.vm.reader().annotate(passage(1), AnnotationDraft.of("older", "", null));
        Thread.sleep(5); // added a few milliseconds apart: the order is by when each was added
        f.vm.reader().annotate(passage(3), AnnotationDraft.of("newer", "", null));
        assertEquals(List.of("newer", "older"), notes.annotations().stream().map(AnnotationRow::note).toList());

        notes.selectedProperty().set(notes.annotations().get(1));
        notes.edit(notes.annotations().get(1), AnnotationDraft.of("older, edited", "", null));

        assertEquals(List.of("newer", "older, edited"),
                notes.annotations().stream().map(AnnotationRow::note).toList());
        assertEquals("older, edited", notes.selectedProperty().get().note());
    }

    @Test
    void aDeletionNamesWhatWentAndOffersItsUndo() {
        f.vm.navigator().openSource("harbor-review");
        f.vm.reader().annotate(passage(1), AnnotationDraft.of("rowing at dawn", "", null));
        f.vm.reader().annotate(passage(3), AnnotationDraft.of("the lamp", "", null));
        AnnotationRow lamp = notes.annotations().stream().filter(r -> r.note().equals("the lamp")).findFirst()
                .orElseThrow();

        notes.delete(lamp);
        assertEquals(List.of("rowing at dawn"), notes.annotations().stream().map(AnnotationRow::note).toList());
        assertEquals("Deleted the note \u201cthe lamp\u201d (Tidewater ending explained)",
                notes.deletedProperty().get());

        notes.undoDelete();
        assertEquals(2, notes.annotations().size());
        assertEquals("", notes.deletedProperty().get(), "the offer goes once taken");

        notes.delete(notes.annotations().get(0));
        f.vm.reader().annotate(passage(2), AnnotationDraft.of("later", "", null));
        assertEquals("", notes.deletedProperty().get(), "a later edit withdraws the offer");
        notes.undoDelete();
        assertEquals(2, notes.annotations().size(), "an offer withdrawn undoes nothing");
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }
}
