package org.filmlens.ui;

import static org.filmlens.ui.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.filmlens.ui.quotebrowser.OccurrenceRow;
import org.filmlens.ui.reader.PassageRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window itself, headless (Monocle): opened on the invented film with the production runner. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
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


    @Test
    void opensOnTheWorkspaceWithItsSourcesByKind(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.window(0);
        waitUntil(() -> stage.getTitle().equals("Tidewater (2021) — Filmlens"));
        TreeView<?> tree = robot.lookup("#source-tree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().size() == 3);
        assertEquals(2, tree.getRoot().getChildren().get(0).getChildren().size());
        // the first pane, the ending matrix, is built and shows the questions, not its empty state
        waitUntil(() -> robot.lookup("Does Mara come back?").tryQuery().isPresent());
        assertTrue(shown(robot.lookup("#ending-matrix").query()));
        // a workspace with pages never makes the empty-workspace banner
        assertFalse(robot.lookup("#empty-banner").tryQuery().isPresent());
    }

    @Test
    void shortcutFFocusesTheSearchField(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get());
        robot.clickOn("#source-tree");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        assertTrue(field.isFocused());
    }

    @Test
    void searchAsYouTypeShowsHighlightedHitsAndOneClickOpensThePassage(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        robot.clickOn("#search-field").write("lamp");
        ListView<?> hits = robot.lookup("#search-hits").queryAs(ListView.class);
        waitUntil(() -> !hits.getItems().isEmpty());
        // the match is drawn highlighted
        waitUntil(() -> robot.lookup("#search-hits .marked").tryQuery().isPresent());
        assertEquals("lamp", ((javafx.scene.text.Text) robot.lookup("#search-hits .marked").query()).getText()
                .toLowerCase());
        robot.clickOn(Cells.at(robot, "#search-hits", "list-cell", 0));
        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-reader"));
        waitUntil(() -> vm.reader().highlightedText().toLowerCase().contains("lamp"));
    }

    @Test
    void aQuoteOpensItsSourceAtTheRightSpan(FxRobot robot) throws Exception {
        ListView<?> occurrences = selectTheSeaLine(robot);
        int inArticle = 0;
        while (!((OccurrenceRow) occurrences.getItems().get(inArticle)).sourceId().equals("harbor-review")) {
            inArticle++;
        }
        robot.clickOn(Cells.at(robot, "#quote-occurrences", "list-cell", inArticle));

        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-reader"));
        ListView<?> passages = robot.lookup("#reader-passages").queryAs(ListView.class);
        waitUntil(() -> passages.getItems().size() == 4 && passages.getSelectionModel().getSelectedIndex() == 2);
        assertEquals(InventedFilm.LINE_SEA, vm.reader().highlightedText());
        PassageRow shown = (PassageRow) passages.getSelectionModel().getSelectedItem();
        assertEquals(f().passage("harbor-review", 2).id(), shown.passageId());
        // the highlighted cell is on screen and drawn as highlighted
        assertFalse(robot.lookup("#reader-passages .highlighted-passage").queryAll().isEmpty());
        assertEquals("Tidewater ending explained", robot.lookup("#reader-title")
                .queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void aClickOnTheQuoteHeaderSortsTheQuotesAndKeepsTheOneSelected(FxRobot robot) throws Exception {
        ListView<?> occurrences = selectTheSeaLine(robot);
        TableView<?> table = robot.lookup("#quote-table").queryAs(TableView.class);

        javafx.scene.Node header = robot.lookup("#quote-table .column-header .label").queryAll().stream()
                .filter(n -> "Quote".equals(((javafx.scene.control.Labeled) n).getText())).findFirst().orElseThrow();
        robot.clickOn(header);
        waitUntil(() -> quoteTexts(table).equals(java.util.List.of(InventedFilm.LINE_LIGHT, InventedFilm.LINE_SEA)));
        // the selection follows the quote to its new row, not the row's index
        assertEquals(1, table.getSelectionModel().getSelectedIndex());
        assertEquals(InventedFilm.LINE_SEA, vm.quotes().selectedProperty().get().text());
        assertEquals(2, occurrences.getItems().size());
        robot.clickOn(header);
        waitUntil(() -> quoteTexts(table).equals(java.util.List.of(InventedFilm.LINE_SEA, InventedFilm.LINE_LIGHT)));
        assertEquals(InventedFilm.LINE_SEA, vm.quotes().selectedProperty().get().text());
        assertEquals(InventedFilm.LINE_SEA, ((org.filmlens.ui.quotebrowser.QuoteRow) table.getSelectionModel()
                .getSelectedItem()).text());
        assertEquals(2, occurrences.getItems().size());
    }

    /** The quote browser opened and the invented film's sea line selected: its occurrences, both listed. */
    private ListView<?> selectTheSeaLine(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        robot.clickOn("Quote browser");
        TableView<?> table = robot.lookup("#quote-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn(InventedFilm.LINE_SEA);
        ListView<?> occurrences = robot.lookup("#quote-occurrences").queryAs(ListView.class);
        waitUntil(() -> occurrences.getItems().size() == 2);
        return occurrences;
    }

    private static java.util.List<String> quoteTexts(TableView<?> table) {
        return table.getItems().stream().map(r -> ((org.filmlens.ui.quotebrowser.QuoteRow) r).text()).toList();
    }

    @Test
    void aClickOnTheNoteHeaderSortsTheAnnotations(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        var store = vm.session().workspace().annotations();
        // by their words: case and an opening quotation mark aside
        java.util.List<String> added = java.util.List.of("banana", "\u201cdate\u201d", "apple", "Cherry");
        for (int i = 0; i < added.size(); i++) {
            store.add(org.filmlens.corpus.AnnotationTarget.scene("scene-" + (i + 1)), added.get(i), java.util.List.of(),
                    null);
        }
        robot.clickOn("Annotations");
        TableView<?> table = robot.lookup("#annotation-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4);
        javafx.scene.Node header = robot.lookup("#annotation-table .column-header .label").queryAll().stream()
                .filter(n -> "Note".equals(((javafx.scene.control.Labeled) n).getText())).findFirst().orElseThrow();
        robot.clickOn(header);
        waitUntil(() -> notes(table).equals(java.util.List.of("apple", "banana", "Cherry", "\u201cdate\u201d")));
        robot.clickOn(header);
        waitUntil(() -> notes(table).equals(java.util.List.of("\u201cdate\u201d", "Cherry", "banana", "apple")));
    }

    private static java.util.List<String> notes(TableView<?> table) {
        return table.getItems().stream().map(r -> ((org.filmlens.ui.notes.AnnotationRow) r).note()).toList();
    }

    @Test
    void theThemeSwitchesBetweenLightAndDarkAndIsRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"),
                Application.getUserAgentStylesheet());
        robot.clickOn("View").clickOn("Theme").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(testWindow.prefs().getBoolean("dark", false));
        robot.clickOn("View").clickOn("Theme").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }

    /** Visible with every parent visible: what the user can actually see. */
    static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private InventedFilm f() throws Exception {
        return InventedFilm.writeTo(Path.of(System.getProperty("java.io.tmpdir")).resolve("filmlens-ui-fixture-"
                + UUID.randomUUID()));
    }
}
