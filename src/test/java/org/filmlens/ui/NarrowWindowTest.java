package org.filmlens.ui;

import static org.filmlens.ui.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A laptop-sized window, 1000 x 700: every pane's tab and every toolbar button stays whole. */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {
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
    void atAThousandPixelsTheTabsShowTheirIconsAndTheButtonsAreNotCut(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        robot.clickOn("#tab-annotations");
        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-annotations"));
        // every tab's header lies inside the strip: none is hidden behind the overflow menu
        Bounds strip = tabs.localToScene(tabs.getLayoutBounds());
        for (String id : new String[] {"tab-ending", "tab-arcs", "tab-quotes", "tab-scenes", "tab-reader",
            "tab-annotations"}) {
            Node header = robot.lookup("#panes .tab").match((Node n) -> id.equals(n.getId())).query();
            Bounds b = header.localToScene(header.getLayoutBounds());
            assertTrue(header.isVisible() && b.getMinX() >= strip.getMinX() - 1 && b.getMaxX() <= strip.getMaxX() + 1,
                    id + " at " + b + ", strip " + strip);
        }
        for (String id : new String[] {"#annotation-edit", "#annotation-delete"}) {
            Button button = robot.lookup(id).queryAs(Button.class);
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 1, id + " is cut: " + button.getWidth());
        }
    }
}
