package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window is never frozen: while the sample is ingested through the window's view model (and for a second
 * after, while the panes take up the result), a probe keeps posting to the FX thread; nothing the window does may
 * hold a post up for more than 100 ms (see {@link FxStallProbe} for how that is told apart from a busy machine). The window is first used on the invented film, as a user would have used it, so that
 * the first-ever creation of its cells and skins (class loading, a one-off cost of any JavaFX window) is not
 * mistaken for work done on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadStallTest {
    static final long MAX_STALL_MILLIS = 100;
    static final long PROBE_EVERY_MILLIS = 5;

    @TempDir
    Path dir;
    private InventedFilm film;
    private TestWindow testWindow;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        film = InventedFilm.writeTo(dir);
        testWindow = new TestWindow(stage);
        vm = testWindow.vm;
        testWindow.window.show(dir, false);
    }

    @AfterEach
    void tearDown() throws Exception {
        testWindow.close();
    }

    @Test
    void theFxThreadNeverStallsWhileTheSampleIsIngested(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().workspace() != null
                && !vm.busyProperty().get());
        warmUp(robot);
        robot.interact(() -> vm.open(dir.resolve("empty"), false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().corpus().isEmpty()
                && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        FxStallProbe probe = new FxStallProbe(PROBE_EVERY_MILLIS);
        probe.start();
        try {
            robot.interact(vm::ingestSample);
            assertTrue(vm.busyProperty().get() || !vm.session().corpus().isEmpty(), "the ingest started");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
            Thread.sleep(1000);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            probe.stop();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.session().corpus().isEmpty(), "the sample was ingested: " + vm.statusProperty().get());
        assertTrue(probe.worstMillis() <= MAX_STALL_MILLIS, "the FX thread stalled: " + probe.report());
    }

    /** Every pane shown once, a search typed, a passage opened: the window as someone has been using it. */
    private void warmUp(FxRobot robot) throws Exception {
        for (String tab : new String[] {"Character arcs", "Quote browser", "Scenes", "Source reader", "Annotations",
            "Ending explanations"}) {
            robot.clickOn(tab);
        }
        robot.clickOn("#search-field").write("lamp");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.search().hits().isEmpty());
        robot.interact(() -> vm.navigator().openPassage(film.passageId("harbor-review", 2)));
        robot.interact(() -> vm.search().queryProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
