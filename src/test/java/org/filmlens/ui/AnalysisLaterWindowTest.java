package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.filmlens.ui.common.WorkspaceSession.AnalysisState;
import org.filmlens.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a workspace whose analysis is read after its corpus (held back here, as a slow read would be): the
 * sources show at once, the analysis panes show that it is being read, then their content once it is.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisLaterWindowTest {
    @TempDir
    Path dir;
    private TestWindow testWindow;
    private WorkbenchViewModel vm;
    /** The analysis load, held back until the test lets it run. */
    private final List<Runnable> loads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        InventedFilm.writeTo(dir);
        testWindow = new TestWindow(stage);
        vm = testWindow.vm;
        vm.analysisMoment(Duration.ZERO);
        testWindow.window.show(dir, false, () -> Workspace.openCorpusFirst(dir, loads::add));
    }

    @AfterEach
    void tearDown() throws Exception {
        readTheAnalysis(); // lets the runner's wait for it end
        testWindow.close();
    }

    private void readTheAnalysis() {
        loads.forEach(Runnable::run);
        loads.clear();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAnalysisPanesShowThatItIsBeingReadThenTheirContent(FxRobot robot) throws Exception {
        TreeView<?> tree = robot.lookup("#source-tree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 3);
        waitUntil(() -> robot.lookup("#analysis-reading").tryQuery().map(WorkbenchWindowTest::shown).orElse(false));
        assertEquals(AnalysisState.READING, vm.session().analysisState());
        assertFalse(robot.lookup("Does Mara come back?").tryQuery().map(WorkbenchWindowTest::shown).orElse(false));
        // another pane that needs the analysis, shown meanwhile, waits too
        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-quotes".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getContent() != null);
        Node quotesTab = tabs.getSelectionModel().getSelectedItem().getContent();
        assertTrue(WorkbenchWindowTest.shown(robot.from(quotesTab).lookup("#analysis-reading").query()));

        readTheAnalysis();
        waitUntil(() -> vm.session().analysisState() == AnalysisState.READ);
        TableView<?> table = robot.from(quotesTab).lookup(".table-view").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2 && WorkbenchWindowTest.shown(table));
        assertFalse(WorkbenchWindowTest.shown(robot.from(quotesTab).lookup("#analysis-reading").query()));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("Does Mara come back?").tryQuery().map(WorkbenchWindowTest::shown)
                .orElse(false));
        assertTrue(WorkbenchWindowTest.shown(robot.lookup("#ending-matrix").query()));
        assertEquals(3, tree.getRoot().getChildren().size(), "the sources stay as they were");
    }

    @Test
    void aPaneShowsItsPartOnceReadWhileAPaneOfAPartThatFailedSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#analysis-reading").tryQuery().map(WorkbenchWindowTest::shown).orElse(false));
        InventedFilm.damageScenesPart(dir); // before the held load reads the file: its other parts read well
        readTheAnalysis();
        waitUntil(() -> vm.session().analysisState() == AnalysisState.FAILED);
        waitUntil(() -> robot.lookup("Does Mara come back?").tryQuery().map(WorkbenchWindowTest::shown)
                .orElse(false));
        assertTrue(WorkbenchWindowTest.shown(robot.lookup("#ending-matrix").query()));
        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-scenes".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getContent() != null);
        Node scenesTab = tabs.getSelectionModel().getSelectedItem().getContent();
        assertTrue(WorkbenchWindowTest.shown(robot.from(scenesTab).lookup("#analysis-failed").query()));
    }

    @Test
    void anAnalysisThatCannotBeReadIsShownAsSuchInItsPanes(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#analysis-reading").tryQuery().map(WorkbenchWindowTest::shown).orElse(false));
        Files.delete(dir.resolve("analysis.json")); // so the load derives it again, which the bad scene list fails
        Files.writeString(dir.resolve("scenes.json"), "{ not json");
        readTheAnalysis();
        waitUntil(() -> robot.lookup("#analysis-failed").tryQuery().map(WorkbenchWindowTest::shown).orElse(false));
        assertEquals(AnalysisState.FAILED, vm.session().analysisState());
        assertFalse(WorkbenchWindowTest.shown(robot.lookup("#analysis-reading").query()));
        assertTrue(robot.lookup("#analysis-failed").lookup((Label l) -> l.getText().contains("scenes.json"))
                .tryQuery().isPresent());
        assertTrue(vm.statusProperty().get().startsWith("Could not read the analysis"), vm.statusProperty().get());
    }
}
