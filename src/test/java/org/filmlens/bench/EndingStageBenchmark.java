package org.filmlens.bench;

import java.nio.file.Path;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

/**
 * The ending stage alone, on an ingested workspace: reads its corpus.json and analysis.json, maps the ending a few
 * times and prints each run's process CPU and wall time, and whether the result equals the stored ending.
 * {@code java -cp ... org.filmlens.bench.EndingStageBenchmark WORKSPACE [RUNS]}
 */
public final class EndingStageBenchmark {
    private EndingStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        StoredWorkspace workspace = StoredWorkspace.read(ws);
        Corpus corpus = workspace.corpus();
        Analysis stored = workspace.analysis();
        System.out.printf("%d sources, %d passages, %d quotes, %d scenes, %d questions stored%n",
                corpus.sources().size(), corpus.passages().size(), stored.quotes().size(), stored.scenes().size(),
                stored.ending().size());
        StageRuns.print(runs, "questions", stored.ending(),
                () -> new EndingMapper().map(corpus, stored.quotes(), stored.scenes(), EndingEdits.none()));
    }
}
