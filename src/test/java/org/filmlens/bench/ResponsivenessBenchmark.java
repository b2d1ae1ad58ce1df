package org.filmlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.filmlens.storage.FileTrees;
import org.filmlens.ui.WindowUnderIngest;

/**
 * The window responsive while a corpus is ingested: the real window on a display (bench/run.sh starts Xvfb) imports
 * the corpus into a fresh workspace through File > Import's call, while a probe posts to the FX thread every 5 ms
 * and records the longest wait (charged to the window: FX-thread CPU or blocking in Filmlens code; and wall-clock,
 * machine load included). Then each pane is shown once under a second probe.
 */
final class ResponsivenessBenchmark {
    private static final long TIMEOUT_MINUTES = 180;

    private ResponsivenessBenchmark() {}

    static void run(String label, CorpusFiles corpus, Path workspace, Results results) throws Exception {
        FileTrees.deleteQuietly(workspace);
        Files.createDirectories(workspace);
        String k = label + ".responsive";
        Map<String, Object> figures = WindowUnderIngest.run(workspace, corpus.folder(), TIMEOUT_MINUTES);
        for (Map.Entry<String, Object> e : figures.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Number n) {
                results.put(k + "." + e.getKey(), n.doubleValue());
            } else {
                results.put(k + "." + e.getKey(), String.valueOf(v));
            }
        }
    }
}
