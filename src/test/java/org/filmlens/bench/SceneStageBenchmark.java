package org.filmlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.analysis.SceneLinker;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Scene;
import org.filmlens.storage.VersionedJson;

/**
 * The scenes stage alone, on an ingested workspace without an outline of its own: reads its corpus.json and
 * analysis.json, links the scenes a few times (the coarse outline) and prints each run's process CPU and wall time,
 * and whether the result equals the stored scenes.
 * {@code java -cp ... org.filmlens.bench.SceneStageBenchmark WORKSPACE [RUNS]}
 */
public final class SceneStageBenchmark {
    private SceneStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ObjectMapper mapper = VersionedJson.mapper();
        StoredWorkspace workspace = StoredWorkspace.read(ws);
        Corpus corpus = workspace.corpus();
        Analysis stored = workspace.analysis();
        String expected = mapper.writeValueAsString(stored.scenes());
        System.out.printf("%d passages, %d quotes, %d characters, %d scenes stored%n", corpus.passages().size(),
                stored.quotes().size(), stored.characters().size(), stored.scenes().size());
        List<Double> warm = new java.util.ArrayList<>();
        List<Double> warmThreads = new java.util.ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long cpu = CpuClock.processNanos();
            long threads = CpuClock.liveThreadsNanos();
            long wall = System.nanoTime();
            List<Scene> scenes = new SceneLinker().link(corpus, stored.quotes(), stored.characters(), List.of());
            double cpuS = (CpuClock.processNanos() - cpu) / 1e9;
            double wallS = (System.nanoTime() - wall) / 1e9;
            double threadsS = (CpuClock.liveThreadsNanos() - threads) / 1e9;
            boolean same = expected.equals(mapper.writeValueAsString(scenes));
            System.out.printf("run %d: %.2f s CPU (threads %.2f s), %.2f s wall, same as stored: %s%n", r + 1, cpuS,
                    threadsS, wallS, same);
            if (r >= runs / 3) {
                warm.add(cpuS);
                warmThreads.add(threadsS);
            }
        }
        java.util.Collections.sort(warm);
        java.util.Collections.sort(warmThreads);
        System.out.printf("last %d runs: median %.2f s CPU, least %.2f s; threads (no GC, no JIT) median %.3f s, "
                + "least %.3f s%n", warm.size(), warm.get(warm.size() / 2), warm.get(0),
                warmThreads.get(warmThreads.size() / 2), warmThreads.get(0));
    }
}
