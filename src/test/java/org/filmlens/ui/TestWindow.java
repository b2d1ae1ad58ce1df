package org.filmlens.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.filmlens.ui.common.FxDebouncer;
import org.filmlens.ui.common.PooledBackgroundRunner;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench window as a TestFX test opens it: the production background runner, the window's debouncer, and
 * preferences of its own that {@link #close()} removes again.
 */
final class TestWindow implements AutoCloseable {
    private final PooledBackgroundRunner runner = new PooledBackgroundRunner(2);
    private final Preferences prefs = Preferences.userRoot().node("org/filmlens/test/" + UUID.randomUUID());
    final WorkbenchViewModel vm = new WorkbenchViewModel(runner, new FxDebouncer(Duration.millis(150)));
    final WorkbenchWindow window;

    TestWindow(Stage stage) {
        window = new WorkbenchWindow(stage, vm, new WindowPreferences(prefs));
    }

    /** The window opened on the invented film, written into {@code dir}. */
    static TestWindow onInventedFilm(Stage stage, Path dir) throws Exception {
        InventedFilm.writeTo(dir);
        TestWindow window = new TestWindow(stage);
        window.window.show(dir);
        return window;
    }

    /** Waits (20 s at most) until the condition holds, then until the FX thread has shown it. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Preferences prefs() {
        return prefs;
    }

    @Override
    public void close() throws Exception {
        runner.close();
        vm.close();
        prefs.removeNode();
    }
}
