package org.filmlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.analysis.CastFinder;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.storage.VersionedJson;

/**
 * The cast stage alone, on an ingested workspace: reads its corpus.json and analysis.json, finds the cast a few
 * times and prints each run's process CPU and wall time, and whether the result equals the stored cast.
 * {@code java -cp ... org.filmlens.bench.CastStageBenchmark WORKSPACE [RUNS]}
 */
public final class CastStageBenchmark {
    private CastStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ObjectMapper mapper = VersionedJson.mapper();
        StoredWorkspace workspace = StoredWorkspace.read(ws);
        Corpus corpus = workspace.corpus();
        Analysis stored = workspace.analysis();
        String expected = mapper.writeValueAsString(stored.characters());
        System.out.printf("%d sources, %d passages, %d quotes, %d characters stored%n",
                corpus.sources().size(), corpus.passages().size(), stored.quotes().size(),
                stored.characters().size());
        for (int r = 0; r < runs; r++) {
            long cpu = CpuClock.processNanos();
            long wall = System.nanoTime();
            List<FilmCharacter> cast = new CastFinder().find(corpus, stored.quotes());
            double cpuS = (CpuClock.processNanos() - cpu) / 1e9;
            double wallS = (System.nanoTime() - wall) / 1e9;
            boolean same = expected.equals(mapper.writeValueAsString(cast));
            System.out.printf("run %d: %.2f s CPU, %.2f s wall, %d characters, same as stored: %s%n",
                    r + 1, cpuS, wallS, cast.size(), same);
        }
    }
}
