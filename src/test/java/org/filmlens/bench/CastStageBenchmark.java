package org.filmlens.bench;

import java.nio.file.Path;
import org.filmlens.analysis.CastFinder;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

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
        StoredWorkspace workspace = StoredWorkspace.read(ws);
        Corpus corpus = workspace.corpus();
        Analysis stored = workspace.analysis();
        System.out.printf("%d sources, %d passages, %d quotes, %d characters stored%n",
                corpus.sources().size(), corpus.passages().size(), stored.quotes().size(),
                stored.characters().size());
        StageRuns.print(runs, "characters", stored.characters(),
                () -> new CastFinder().find(corpus, stored.quotes()));
    }
}
