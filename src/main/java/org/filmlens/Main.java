package org.filmlens;

import java.util.List;
import org.filmlens.cli.Cli;

/**
 * The entry point of {@code java -jar filmlens.jar}: with a command it runs the command line, without one (at most
 * {@code --workspace DIR}) it opens the desktop window.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (opensWindow(args)) {
            org.filmlens.ui.DesktopLauncher.launch(args);
            return;
        }
        System.exit(Cli.runAsProcess(args));
    }

    static boolean opensWindow(String[] args) {
        List<String> a = List.of(args);
        return a.isEmpty() || (a.size() == 2 && a.get(0).equals("--workspace"))
                || (a.size() == 1 && a.get(0).startsWith("--workspace="));
    }
}
