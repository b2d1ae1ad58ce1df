package org.filmlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.storage.FileTrees;

/**
 * The search index build alone ({@link LuceneSearchIndex#build}) from a stored workspace's corpus and analysis, read
 * once per class loader, so that {@link IndexStageAB} can alternate two builds' index code in one JVM. Prints the
 * process CPU of each build (its threads, the JIT and the collector).
 * {@code java -cp ... org.filmlens.bench.IndexStageBenchmark WORKSPACE [RUNS]}. For the A/B, the class path must
 * hold one build's {@code target/classes} as well: Lucene finds the index's codec by name through the class path's
 * service entries, not through the builds' loaders (the codec is the same in both).
 */
public final class IndexStageBenchmark {
    private static StoredWorkspace workspace;
    private static Path read;

    private IndexStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        StageRuns.print(args, 3, IndexStageBenchmark::once);
    }

    /** One build into a fresh folder, deleted after: its process CPU and wall time. */
    public static String once(Path ws) throws Exception {
        if (!ws.equals(read)) {
            workspace = StoredWorkspace.read(ws);
            read = ws;
        }
        Path dir = Files.createTempDirectory("filmlens-index-stage");
        try {
            long cpu = CpuClock.processNanos();
            long wall = System.nanoTime();
            LuceneSearchIndex.build(dir.resolve(LuceneSearchIndex.FOLDER), workspace.corpus(), workspace.analysis(),
                    "bench");
            return String.format(java.util.Locale.ROOT, "%.2f s CPU, %.2f s wall",
                    (CpuClock.processNanos() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }
}
