package org.filmlens.ui;

import java.util.List;
import javafx.application.Application;

/** Opens the workbench window ({@code filmlens [--workspace DIR]}). Not an Application itself, so that the
 * JavaFX runtime can be found on the class path. */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void launch(String[] args) {
        StartupTiming.mark("launcher");
        LaunchOptions options = null;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("filmlens: " + e.getMessage());
            System.exit(2);
        }
        if (noDisplay()) {
            System.err.println("filmlens: cannot open the window: no display (DISPLAY is not set);"
                    + " run a command instead, see: filmlens --help");
            System.exit(1);
        }
        LaunchOptions chosen = options;
        // the preferences are read on the early-open thread (also when the folder is named, so that the window
        // finds them in memory): the toolkit, the longest step before the window, starts without waiting for them
        EarlyOpen.start(() -> {
            WindowPreferences prefs = WindowPreferences.user();
            prefs.lastWorkspace(); // loads the stored preferences
            return LaunchWorkspace.choose(chosen, prefs).folder();
        }, FreeHeapRatios::applyUnlessGiven);
        RenderingPipeline.chooseBeforeToolkit();
        try {
            Application.launch(FilmlensApp.class, args);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("filmlens: cannot open the window: " + root.getMessage());
            System.exit(1);
        }
    }

    /** On Linux and BSD a window needs an X11 or Wayland display; headless test runs use Monocle instead. */
    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean unixDesktop = !os.contains("win") && !os.contains("mac");
        return unixDesktop && System.getProperty("glass.platform") == null
                && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
