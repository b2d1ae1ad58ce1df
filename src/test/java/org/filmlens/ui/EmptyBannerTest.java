package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The empty-workspace banner, made only once a workspace turns out to be empty, offers the import and sample. */
@ExtendWith(ApplicationExtension.class)
class EmptyBannerTest {
    @TempDir
    Path dir;
    private TestWindow testWindow;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        testWindow = new TestWindow(stage);
        vm = testWindow.vm;
        testWindow.window.show(dir, false);
    }

    @AfterEach
    void tearDown() throws Exception {
        testWindow.close();
    }

    @Test
    void anEmptyWorkspaceShowsTheBanner(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#empty-banner").tryQuery().isPresent()
                && robot.lookup("#empty-banner").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Node banner = robot.lookup("#empty-banner").query();
        assertTrue(banner.getLayoutBounds().getHeight() > 0);
        assertEquals(2, robot.from(banner).lookup(".button").queryAllAs(Button.class).size());
        assertTrue(robot.from(banner).lookup("Load the sample").tryQuery().isPresent());
    }
}
