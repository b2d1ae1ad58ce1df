package org.filmlens.ui;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.filmlens.ui.common.FxDebouncer;
import org.filmlens.ui.common.PooledBackgroundRunner;

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
