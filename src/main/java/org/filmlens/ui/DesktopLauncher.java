package org.filmlens.ui;

import java.util.List;
import javafx.application.Application;

/** Opens the workbench window ({@code filmlens [--workspace DIR]}). Not an Application itself, so that the
 * JavaFX runtime can be found on the class path. */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void launch(String[] args) {
        StartupTiming.mark("launcher");
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("filmlens: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(FilmlensApp.class, args);
    }
}
