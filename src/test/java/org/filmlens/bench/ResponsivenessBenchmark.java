package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
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
        // -Dbench.window.from=WORKSPACE: the window opens a copy of that workspace and adds the corpus to it (an
        // import beside the analysis it shows), rather than importing into a fresh one
        String from = System.getProperty("bench.window.from");
        if (from != null) {
            copyTree(Path.of(from), workspace);
        }
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
