package org.filmlens.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.filmlens.corpus.Progress;
import org.filmlens.storage.FileTrees;
import org.filmlens.workspace.Workspace;

/**
 * The two test films as the real pipeline sees them: ingested through a {@link Workspace} (real ingest, real quote
 * finder, real analysis) into a temporary folder, once per test run.
 */
final class RealCorpora {
    static final Path HER = Path.of("samples/her-2013/her-2013-web-pages.txt");
    static final Path LANTERN = Path.of("src/test/resources/dumps/lantern-2019/dump.txt");

    private static final Map<Path, Workspace> OPEN = new HashMap<>();

    private RealCorpora() {}

    static synchronized Workspace her() {
        return ingested(HER);
    }

    static synchronized Workspace lantern() {
        return ingested(LANTERN);
    }

    private static Workspace ingested(Path dump) {
        return OPEN.computeIfAbsent(dump, d -> {
            try {
                Path dir = Files.createTempDirectory("filmlens-golden");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir)));
                Workspace ws = Workspace.open(dir);
                ws.ingest(List.of(d), Progress.NONE);
                return ws;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot ingest " + d + ": " + e.getMessage(), e);
            }
        });
    }
}
