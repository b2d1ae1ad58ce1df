package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.ui.ending.AnswerCell;
import org.filmlens.ui.ending.EndingViewModel;
import org.filmlens.ui.ending.QuestionRow;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.AnnotationRow;
import org.filmlens.ui.notes.AnnotationsViewModel;
import org.filmlens.ui.scenes.ScenesViewModel;
import org.filmlens.workspace.AnnotationExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotating from the scenes and ending panes lists the note in the annotations pane with where it is; the window's
 * export writes the annotations with the command line's service and says where.
 */
class AnnotateScenesAndEndingTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    WorkbenchFixture f;
    AnnotationsViewModel notes;

    @BeforeEach
    void open() throws Exception {
        f = new WorkbenchFixture(dir);
        notes = f.vm.annotations();
        notes.activate();
    }

    private static AnnotationDraft note(String text) {
        return new AnnotationDraft(text, List.of("ending"), null);
    }

    private AnnotationRow only() {
        assertEquals(1, notes.annotations().size(), () -> "annotations: " + notes.annotations());
        return notes.annotations().get(0);
    }

    @Test
    void theSelectedSceneIsAnnotated() {
        ScenesViewModel scenes = f.vm.scenes();
        scenes.activate();
        scenes.selectedProperty().set(scenes.scenes().stream().filter(s -> s.order() == 2).findFirst().orElseThrow());
        scenes.annotate(note("she chooses the sea"));
        AnnotationRow row = only();
        assertEquals("Scene 2: Dawn departure", row.where());
        assertEquals("she chooses the sea", row.note());
        assertEquals(AnnotationTargetType.SCENE, row.annotation().target().type());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void anEndingQuestionIsAnnotated() {
        EndingViewModel ending = f.vm.ending();
        ending.activate();
        QuestionRow back = ending.rows().stream().filter(r -> r.question().equals("Does Mara come back?"))
                .findFirst().orElseThrow();
        ending.annotateQuestion(back, note("the film never says"));
        assertEquals("Ending: Does Mara come back?", only().where());
        assertEquals(AnnotationTargetType.ENDING_QUESTION, only().annotation().target().type());
    }

    @Test
    void anAnswerIsAnnotatedAsItsMainPassageOrWordsOfIt() throws Exception {
        EndingViewModel ending = f.vm.ending();
        ending.activate();
        AnswerCell hopeful = ending.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.isAnswer() && c.sourceId().equals("harbor-review")
                        && c.questionId().equals("e-return")).findFirst().orElseThrow();
        String passage = f.film.passage("harbor-review", 2).text();
        assertEquals(passage, ending.answerPassage(hopeful).orElseThrow().text());

        ending.annotateAnswer(hopeful, 0, 0, note("the whole reading"));
        AnnotationRow whole = only();
        assertEquals("Tidewater ending explained", whole.where());
        assertEquals(AnnotationTargetType.PASSAGE_SPAN, whole.annotation().target().type());
        assertEquals(passage, whole.annotation().target().exact());

        int from = passage.indexOf("the ending is hopeful");
        f.vm.undo().undo();
        // a dragged selection takes the blank before the words with it: left out
        ending.annotateAnswer(hopeful, from - 1, from + "the ending is hopeful".length(), note("just this"));
        assertEquals("the ending is hopeful", only().annotation().target().exact());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void theWindowsExportWritesEachFormatAndSaysWhere() throws Exception {
        f.vm.scenes().activate();
        f.vm.scenes().annotate(note("a scene note"));
        Path md = out.resolve("notes.md");
        f.vm.exportAnnotations(AnnotationExport.Format.MARKDOWN, md);
        assertTrue(Files.readString(md).contains("a scene note"));
        assertEquals("Exported 1 annotation (Markdown) to " + md.toAbsolutePath(), f.vm.statusProperty().get());
        Path csv = out.resolve("notes.csv");
        f.vm.exportAnnotations(AnnotationExport.Format.CSV, csv);
        assertTrue(Files.readString(csv).contains("a scene note"));
        Path w3c = out.resolve("notes.jsonld");
        f.vm.exportAnnotations(AnnotationExport.Format.W3C, w3c);
        assertTrue(Files.readString(w3c).contains("\"AnnotationCollection\""), Files.readString(w3c));
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhatAndWhere() throws Exception {
        Path blocker = out.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        Path target = blocker.resolve("notes.md");
        f.vm.exportAnnotations(AnnotationExport.Format.MARKDOWN, target);
        assertEquals(1, f.errors.size());
        assertTrue(f.errors.get(0).startsWith("Could not export the annotations: cannot write the export to "
                + target), f.errors.get(0));
        assertEquals(f.errors.get(0), f.vm.statusProperty().get());
    }
}
