package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.filmlens.analysis.DiffSegment;
import org.filmlens.ui.common.Debouncer;
import org.filmlens.ui.common.MarkedText.Segment;
import org.filmlens.ui.ending.EndingViewModel;
import org.filmlens.ui.ending.EndingViewModelAccess;
import org.filmlens.ui.ending.QuestionRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and renaming ending questions with undo and redo, and the word-level comparison of two answers. */
class EndingEditsViewModelTest {
    @TempDir
    Path dir;
    WorkbenchFixture f;
    EndingViewModel ending;

    @BeforeEach
    void open() throws Exception {
        f = new WorkbenchFixture(dir);
        ending = f.vm.ending();
        ending.activate();
    }

    private Optional<QuestionRow> question(String text) {
        return ending.rows().stream().filter(r -> r.question().equals(text)).findFirst();
    }

    @Test
    void twoAnswersAreComparedWordByWordEachSideMarkingWhatBothSay() {
        // the first question compares the hopeful and the bleak reading by default
        String left = String.join("", ending.leftWords().stream().map(Segment::text).toList());
        assertTrue(left.contains("hopeful"), left);
        assertTrue(ending.leftWords().stream().anyMatch(s -> !s.marked() && s.text().contains("hopeful")),
                ending.leftWords().toString());
        assertTrue(ending.rightWords().stream().anyMatch(s -> !s.marked() && s.text().contains("bleak")),
                ending.rightWords().toString());
        // what both say (a word like "she") is the marked part, on both sides alike
        assertEquals(ending.leftWords().stream().filter(Segment::marked).map(s -> s.text().strip()).toList(),
                ending.rightWords().stream().filter(Segment::marked).map(s -> s.text().strip()).toList());
        // the hopeful and the bleak reading have no content word in common
        assertEquals("They share no content words", ending.sharedWordsProperty().get());
    }

    @Test
    void anAddedQuestionShowsEverySourceSilentAndUndoRemovesIt() {
        ending.addQuestion("Is the lamp a ghost?");
        QuestionRow added = question("Is the lamp a ghost?").orElseThrow();
        assertEquals(0, added.answered());
        assertEquals(added, ending.compareQuestionProperty().get(), "the new question is the one in focus");
        assertEquals("Undo add question", f.vm.undo().undoLabelProperty().get());

        f.vm.undo().undo();
        assertTrue(question("Is the lamp a ghost?").isEmpty());
        f.vm.undo().redo();
        assertTrue(question("Is the lamp a ghost?").isPresent());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void whileAnEditIsSavedThePaneSaysWhatItIsDoing() throws Exception {
        QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.open(dir, false);
        runner.runAll();
        EndingViewModel pane = vm.ending();
        pane.activate();
        runner.runAll();
        assertEquals("", pane.editingProperty().get());

        pane.addQuestion("Is the lamp a ghost?");
        assertEquals("Adding the question…", pane.editingProperty().get(), "said as soon as the edit is asked for");
        runner.runAll();
        assertEquals("", pane.editingProperty().get());
        QuestionRow added = pane.rows().stream().filter(r -> r.question().equals("Is the lamp a ghost?")).findFirst()
                .orElseThrow();

        pane.renameQuestion(added, "Is the lamp a lighthouse?");
        assertEquals("Renaming the question…", pane.editingProperty().get());
        runner.runAll();
        assertEquals("", pane.editingProperty().get());
        assertTrue(pane.rows().stream().anyMatch(r -> r.question().equals("Is the lamp a lighthouse?")));
    }

    @Test
    void aRenameCanBeUndoneAndRedone() {
        ending.addQuestion("Does the sea win?");
        QuestionRow q = question("Does the sea win?").orElseThrow();
        ending.renameQuestion(q, "  Who does the sea take?  ");
        assertTrue(question("Who does the sea take?").isPresent());
        assertFalse(question("Does the sea win?").isPresent());
        f.vm.undo().undo();
        assertTrue(question("Does the sea win?").isPresent());
        f.vm.undo().redo();
        assertTrue(question("Who does the sea take?").isPresent());
    }

    @Test
    void anEmptyWordingChangesNothing() {
        int before = ending.rows().size();
        ending.addQuestion("   ");
        ending.renameQuestion(ending.rows().get(0), "");
        assertEquals(before, ending.rows().size());
        assertFalse(f.vm.undo().canUndoProperty().get());
    }

    @Test
    void aSideOfTheComparisonKeepsSharedAndOwnRunsInOrder() {
        var segments = List.of(
                new DiffSegment(DiffSegment.Kind.EQUAL, "the lamp"),
                new DiffSegment(DiffSegment.Kind.ONLY_LEFT, "still"),
                new DiffSegment(DiffSegment.Kind.ONLY_RIGHT, "never"),
                new DiffSegment(DiffSegment.Kind.EQUAL, "burns"));
        assertEquals(List.of(new Segment("the", false), new Segment(" lamp", true), new Segment(" still", false),
                new Segment(" burns", true)), EndingViewModelAccess.side(segments, DiffSegment.Kind.ONLY_LEFT));
        assertEquals(List.of(new Segment("the", false), new Segment(" lamp", true), new Segment(" never", false),
                new Segment(" burns", true)), EndingViewModelAccess.side(segments, DiffSegment.Kind.ONLY_RIGHT));
    }

    @Test
    void sharedStopWordsAloneAreNotMarkedAsAgreement() {
        var segments = List.of(
                new DiffSegment(DiffSegment.Kind.ONLY_LEFT, "Once the news sinks"),
                new DiffSegment(DiffSegment.Kind.EQUAL, "in, Mara and Jon"),
                new DiffSegment(DiffSegment.Kind.ONLY_LEFT, "walk"),
                new DiffSegment(DiffSegment.Kind.EQUAL, "to the"),
                new DiffSegment(DiffSegment.Kind.ONLY_LEFT, "pier"),
                new DiffSegment(DiffSegment.Kind.EQUAL, "at dawn together."));
        assertEquals(List.of(new Segment("Once the news sinks in,", false), new Segment(" Mara and Jon", true),
                new Segment(" walk to the pier at", false), new Segment(" dawn together.", true)),
                EndingViewModelAccess.side(segments, DiffSegment.Kind.ONLY_LEFT));
    }
}
