package org.filmlens.ui;

/** Opens the workbench window. PLACEHOLDER until the window work lands. */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void launch(String[] args) {
        System.err.println("The Filmlens window is not built yet; use a command (filmlens --help).");
    }
}
