package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.filmlens.corpus.Source;
import org.filmlens.ui.quotebrowser.OccurrenceRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start: an empty workspace fills itself with the bundled sample (Her, 2013) behind a progress bar; then
 * the user searches it and follows a quote to its exact place in a source.
 */
@ExtendWith(ApplicationExtension.class)
class SampleWindowTest {
    @TempDir
    Path dir;
    private TestWindow testWindow;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        testWindow = new TestWindow(stage);
        vm = testWindow.vm;
        testWindow.window.show(dir.resolve("first-start"));
    }

    @AfterEach
    void tearDown() throws Exception {
        testWindow.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheSampleSearchesItAndFollowsAQuoteToItsSpan(FxRobot robot) throws Exception {
        // the window is up and ingesting, with its progress bar showing
        waitUntil(() -> vm.busyProperty().get() || !vm.session().corpus().isEmpty());
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        Stage stage = (Stage) robot.window(0);
        assertEquals("Her (2013) — Filmlens", stage.getTitle());
        TreeView<?> tree = robot.lookup("#source-tree").queryAs(TreeView.class);
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        long sources = tree.getRoot().getChildren().stream().mapToLong(g -> g.getChildren().size()).sum();
        assertEquals(vm.session().corpus().sources().size(), sources);
        assertTrue(tree.getRoot().getChildren().stream().map(TreeItem::getValue).map(Object::toString)
                .anyMatch(g -> g.contains("Articles")));

        robot.clickOn("#search-field").write("come find me");
        ListView<?> hits = robot.lookup("#search-hits").queryAs(ListView.class);
        waitUntil(() -> hits.getItems().size() >= 2);
        robot.clickOn(Cells.at(robot, "#search-hits", "list-cell", 0));
        waitUntil(() -> vm.reader().highlightedText().toLowerCase(Locale.ROOT).contains("come find me"));

        robot.clickOn("Quote browser");
        TableView<?> table = robot.lookup("#quote-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        // the filter bar comes a pulse after the table (NextPulse)
        waitUntil(() -> robot.lookup("#quote-filter").tryQuery().isPresent());
        javafx.scene.control.TextField filter = robot.lookup("#quote-filter").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(filter).write("come find me");
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().size() < 5);
        robot.clickOn(Cells.at(robot, "#quote-table", "table-row-cell", 0));
        ListView<?> occurrences = robot.lookup("#quote-occurrences").queryAs(ListView.class);
        waitUntil(() -> !occurrences.getItems().isEmpty());
        OccurrenceRow first = (OccurrenceRow) occurrences.getItems().get(0);
        robot.clickOn(Cells.at(robot, "#quote-occurrences", "list-cell", 0));

        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-reader")
                && first.sourceId().equals(vm.reader().shownSourceId()));
        Source s = vm.session().corpus().source(first.sourceId()).orElseThrow();
        assertEquals(first.text(), s.text().substring(first.start(), first.end()));
        assertEquals(first.text(), vm.reader().highlightedText());
        assertFalse(robot.lookup("#reader-passages .highlighted-passage").queryAll().isEmpty());
    }
}
