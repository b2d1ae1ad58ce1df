package org.filmlens.ui;

import java.nio.file.Path;
import java.util.Map;

/**
 * Opens a workspace in the real window and visits every pane once, printing the worst FX-thread waits: for
 * profiling the first visits to the panes on a large workspace without running an import first.
 * {@code java -cp ... org.filmlens.ui.PaneVisits WORKSPACE} (on a display).
 */
public final class PaneVisits {
    private PaneVisits() {}

    public static void main(String[] args) throws Exception {
        int times = Integer.getInteger("filmlens.panes.times", 1);
        for (int i = 1; i <= times; i++) {
            Map<String, Object> figures = WindowUnderIngest.openAndVisit(Path.of(args[0]));
            int round = i;
            figures.forEach((k, v) -> System.out.println(round + "." + k + "\t" + v));
        }
        System.exit(0);
    }
}
