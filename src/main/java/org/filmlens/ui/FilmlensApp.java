package org.filmlens.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.filmlens.ui.common.FxDebouncer;
import org.filmlens.ui.common.PooledBackgroundRunner;

/** The JavaFX application: builds the window on the production runner and opens the workspace. */
public final class FilmlensApp extends Application {
    static final Duration SEARCH_DEBOUNCE = Duration.millis(150);
    private PooledBackgroundRunner runner;
    private WorkbenchViewModel vm;

    /** Called once the toolkit is up (fonts can load), just before {@link #start}. */
    @Override
    public void init() {
        IconFontPreload.start();
    }

    @Override
    public void start(Stage stage) {
        StartupTiming.mark("toolkit started");
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        WindowPreferences prefs = WindowPreferences.user();
        runner = new PooledBackgroundRunner(3);
        vm = new WorkbenchViewModel(runner, new FxDebouncer(SEARCH_DEBOUNCE));
        StartupTiming.mark("view model built");
        WorkbenchWindow window = new WorkbenchWindow(stage, vm, prefs);
        StartupTiming.mark("window built");
        LaunchWorkspace launch = LaunchWorkspace.choose(options, prefs);
        window.show(launch.folder(), launch.sampleIfEmpty());
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
