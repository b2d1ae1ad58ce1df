package org.filmlens.ui;

import static org.filmlens.ui.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.AnnotationRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The annotations pane as a user reads, edits and deletes notes in it. */
@ExtendWith(ApplicationExtension.class)
class AnnotationsPaneTest {
    private static final String LONG_NOTE = "Foreshadowing the rooftop ending: the lamp is lit in every scene where "
            + "Mara thinks of leaving, and goes dark the night she does, which the review never mentions at all";

    @TempDir
    Path dir;
    private TestWindow testWindow;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        testWindow = TestWindow.onInventedFilm(stage, dir);
        vm = testWindow.vm;
    }

    @AfterEach
    void tearDown() throws Exception {
        testWindow.close();
    }


    /** Adds notes on scenes, the first one oldest, and shows the pane with all of them. */
    private TableView<?> paneWith(FxRobot robot, List<String> notes) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        var store = vm.session().workspace().annotations();
        for (int i = 0; i < notes.size(); i++) {
            store.add(AnnotationTarget.scene("scene-" + (i % 3 + 1)), notes.get(i), List.of("ending", "lamp"), null);
            Thread.sleep(2); // one millisecond apart at least: the table lists the latest added first
        }
        robot.clickOn("Annotations");
        TableView<?> table = robot.lookup("#annotation-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == notes.size());
        return table;
    }

    private static String note(TableView<?> table, int index) {
        return ((AnnotationRow) table.getItems().get(index)).note();
    }

    @Test
    void theSelectedNoteIsShownInFullUnderTheTableAndOnHover(FxRobot robot) throws Exception {
        TableView<?> table = paneWith(robot, List.of("short", LONG_NOTE));
        Node noteCell = robot.lookup("#annotation-table .table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getIndex() == 0 && c.getTableColumn().getText().equals("Note")).query();
        robot.clickOn(noteCell);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        assertEquals(LONG_NOTE, robot.lookup("#annotation-detail-note").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#annotation-detail-facts").queryAs(Label.class).getText()
                .contains("Tags: ending, lamp"));
        // the cell itself cuts the note short; the pointer over it shows it whole
        waitUntil(() -> ((TableCell<?, ?>) noteCell).getTooltip() != null);
        assertEquals(LONG_NOTE, ((TableCell<?, ?>) noteCell).getTooltip().getText());
    }

    @Test
    void deleteOffersUndoNamingTheNoteAndUndoBringsItBack(FxRobot robot) throws Exception {
        TableView<?> table = paneWith(robot, List.of("keep me", "the lamp"));
        robot.clickOn(Cells.at(robot, "#annotation-table", "table-row-cell", 0));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().size() == 1);
        Label deleted = robot.lookup("#annotation-deleted").queryAs(Label.class);
        assertTrue(robot.lookup(".undo-offer").query().isVisible());
        assertTrue(deleted.getText().startsWith("Deleted the note \u201cthe lamp\u201d"), deleted.getText());

        robot.clickOn("#annotation-undo-delete");
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals("the lamp", note(table, 0));
        assertFalse(robot.lookup(".undo-offer").query().isVisible());
    }

    @Test
    void anEditedNoteFarDownStaysSelectedAndInView(FxRobot robot) throws Exception {
        List<String> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            notes.add("note " + i);
        }
        TableView<?> table = paneWith(robot, notes);
        int last = notes.size() - 1;
        robot.interact(() -> {
            table.scrollTo(last);
            table.getSelectionModel().select(last);
        });
        AnnotationRow oldest = (AnnotationRow) table.getSelectionModel().getSelectedItem();
        assertEquals("note 0", oldest.note());
        robot.interact(() -> vm.annotations().edit(oldest, AnnotationDraft.of("note 0, edited", "", null)));
        waitUntil(() -> note(table, last).equals("note 0, edited"));
        assertEquals(last, table.getSelectionModel().getSelectedIndex());
        assertTrue(Cells.at(robot, "#annotation-table", "table-row-cell", last).isVisible());
    }

    @Test
    void anEditThatClearsEveryFieldCannotBeSaved(FxRobot robot) throws Exception {
        paneWith(robot, List.of("a note"));
        robot.clickOn(Cells.at(robot, "#annotation-table", "table-row-cell", 0));
        robot.clickOn("#annotation-edit");
        waitUntil(() -> robot.lookup("#annotation-note").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button save = (Button) dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                .map(dialog::lookupButton).orElseThrow();
        assertFalse(save.isDisabled());
        // the fields say what they are
        assertTrue(robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(n -> "Note".equals(((Label) n).getText()) && ((Label) n).getLabelFor() != null));
        robot.interact(() -> {
            robot.lookup("#annotation-note").queryAs(TextArea.class).clear();
            robot.lookup("#annotation-tags").queryAs(TextField.class).clear();
        });
        assertTrue(save.isDisabled());
        assertTrue(robot.lookup("#annotation-empty").queryAs(Label.class).isVisible());
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.CANCEL)).fire());
        assertEquals("a note", vm.annotations().annotations().get(0).note());
    }
}
