package org.filmlens.ui;

import static org.filmlens.ui.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.stage.Stage;
import org.filmlens.ui.quotebrowser.OccurrenceRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where the keyboard lands after a pane is brought forward, and that the user can see where it is. */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {
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


    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPaneSwitchedToFromTheKeyboardHasTheKeyboardAndTheQueryIsLeftAlone(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        robot.clickOn("#search-field").write("lamp");
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);

        shortcut(robot, KeyCode.DIGIT6);
        TableView<?> annotations = robot.lookup("#annotation-table").queryAs(TableView.class);
        waitUntil(annotations::isFocused);
        robot.type(KeyCode.Z);
        assertEquals("lamp", field.getText());

        shortcut(robot, KeyCode.DIGIT3);
        TableView<?> quotes = robot.lookup("#quote-table").queryAs(TableView.class);
        waitUntil(quotes::isFocused);
    }

    @Test
    void aFollowedQuoteLeavesTheKeyboardInTheReaderWhichShowsItHasIt(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        robot.clickOn("Quote browser");
        TableView<?> table = robot.lookup("#quote-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn(InventedFilm.LINE_SEA);
        ListView<?> occurrences = robot.lookup("#quote-occurrences").queryAs(ListView.class);
        waitUntil(() -> occurrences.getItems().size() == 2);
        int inArticle = 0;
        while (!((OccurrenceRow) occurrences.getItems().get(inArticle)).sourceId().equals("harbor-review")) {
            inArticle++;
        }
        Node unfocusedBorderOf = robot.lookup("#source-tree").query();
        Border unfocused = ((javafx.scene.layout.Region) unfocusedBorderOf).getBorder();
        robot.clickOn(Cells.at(robot, "#quote-occurrences", "list-cell", inArticle));

        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-reader"));
        ListView<?> passages = robot.lookup("#reader-passages").queryAs(ListView.class);
        waitUntil(passages::isFocused);
        // outlined in the accent colour while it has the keyboard, unlike the unfocused sources tree
        Border focused = passages.getBorder();
        assertTrue(focused != null && !focused.getStrokes().isEmpty());
        assertEquals(2, focused.getStrokes().get(0).getWidths().getTop());
        assertTrue(unfocused == null || unfocused.getStrokes().isEmpty()
                || !unfocused.getStrokes().get(0).getTopStroke().equals(focused.getStrokes().get(0).getTopStroke()));
    }
}
