package org.filmlens.bench;

import java.nio.file.Path;

/**
 * The performance benchmark's entry point (a main, not a test: speed is measured here, never in {@code mvn test}).
 * bench/run.sh calls it once per part, each in its own JVM, then once more to write the report:
 *
 * <pre>
 *   floor     LABEL CORPUS_DIR              plain Lucene indexing of the files (the ingest baseline)
 *   ingest    LABEL CORPUS_DIR WORKSPACE    Workspace.ingest of the folder into a fresh workspace
 *   search    LABEL WORKSPACE CORPUS_DIR    search latency in process, and grep over the files
 *   passages-index LABEL CORPUS_DIR INDEX_DIR  ingest without the analysis, then the index (large corpora)
 *   search-index   LABEL INDEX_DIR CORPUS_DIR  search latency straight on such an index
 *   quotes    LABEL WORKSPACE               quote finding and linking on the ingested corpus
 *   synthetic N                             quote finding and linking on N synthetic occurrences
 *   startup   CLASSPATH [LAUNCHER]          process start to the window's first frame, and its memory (also
 *                                           through bin/filmlens when given and the jar is built)
 *   responsive LABEL CORPUS_DIR WORKSPACE   the window's FX thread while it imports the folder (needs a display)
 *   report    MACHINE_FILE                  the Markdown table of everything recorded
 * </pre>
 *
 * Every part appends its figures to the results file named by {@code -Dbench.results} (default
 * bench-results/raw.tsv).
 */
public final class Benchmark {
    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("no part named");
        }
        Results results = new Results(Path.of(System.getProperty("bench.results", "bench-results/raw.tsv")));
        String part = args[0];
        switch (part) {
            case "floor" -> IngestBenchmark.floor(arg(args, 1), CorpusFiles.of(Path.of(arg(args, 2))), results);
            case "ingest" -> IngestBenchmark.ingest(arg(args, 1), CorpusFiles.of(Path.of(arg(args, 2))),
                    Path.of(arg(args, 3)), results);
            case "search" -> SearchBenchmark.run(arg(args, 1), Path.of(arg(args, 2)),
                    CorpusFiles.of(Path.of(arg(args, 3))), results);
            case "passages-index" -> IngestBenchmark.passagesOnly(arg(args, 1), CorpusFiles.of(Path.of(arg(args, 2))),
                    Path.of(arg(args, 3)), results);
            case "search-index" -> SearchBenchmark.runOnIndex(arg(args, 1), Path.of(arg(args, 2)),
                    CorpusFiles.of(Path.of(arg(args, 3))), results);
            case "quotes" -> QuoteLinkingBenchmark.onWorkspace(arg(args, 1), Path.of(arg(args, 2)), results);
            case "synthetic" -> QuoteLinkingBenchmark.synthetic(Integer.parseInt(arg(args, 1)), results);
            case "startup" -> StartupBenchmark.run(arg(args, 1), args.length > 2 ? Path.of(args[2]) : null, results);
            case "responsive" -> ResponsivenessBenchmark.run(arg(args, 1), CorpusFiles.of(Path.of(arg(args, 2))),
                    Path.of(arg(args, 3)), results);
            case "report" -> Report.write(Results.read(
                    Path.of(System.getProperty("bench.results", "bench-results/raw.tsv"))), Path.of(arg(args, 1)));
            default -> usage("unknown part " + part);
        }
        // the index and workspace threads must not keep a finished part alive
        System.exit(0);
    }

    private static String arg(String[] args, int i) {
        if (args.length <= i) {
            usage("part " + args[0] + " needs more arguments");
        }
        return args[i];
    }

    private static void usage(String why) {
        System.err.println("benchmark: " + why + " (see bench/run.sh)");
        System.exit(2);
    }
}
