package org.filmlens.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.filmlens.ingest.Ingester;

/**
 * The ingest's reading step alone ({@link Ingester}: reading, splitting, cleaning, passages), after a warm-up read
 * of the bundled sample as the ingest benchmark warms up: each run's process CPU (JIT and collector included), the
 * part of it spent by the C2 and C1 compilers and the collector, wall time, and a digest of the sources and
 * passages, so two builds run one after the other can be compared for speed and sameness. Its first run is what the
 * whole ingest's "Reading dump" step meets (the JIT's first compiles and traps); later runs measure warm code.
 * {@code java -cp ... org.filmlens.bench.ReadingStageBenchmark FOLDER [RUNS]}
 */
public final class ReadingStageBenchmark {
    private ReadingStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        warmUp();
        StageRuns.print(args, 1, ReadingStageBenchmark::once);
    }

    /** Reads the bundled sample once (also called by ReadingStageAB for each build). */
    public static void warmUp() throws Exception {
        new Ingester().ingest(Film.unknown(), List.of(IngestBenchmark.SAMPLE), Progress.NONE);
    }

    /** One run: its CPU and wall time and the digest of what it produced (also called by ReadingStageAB). */
    public static String once(Path folder) throws Exception {
        long cpu = CpuClock.processNanos();
        Map<String, Long> kinds = CpuClock.byThreadKind();
        long wall = System.nanoTime();
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(folder), Progress.NONE);
        double wallS = (System.nanoTime() - wall) / 1e9;
        double cpuS = (CpuClock.processNanos() - cpu) / 1e9;
        Map<String, Long> kindsAfter = CpuClock.byThreadKind();
        return String.format(Locale.ROOT, "%.2f s CPU (C2 %.2f, C1 %.2f, GC %.2f), %.2f s wall; %d sources,"
                + " %d passages; digest %s", cpuS, seconds(kinds, kindsAfter, "C2"), seconds(kinds, kindsAfter, "C1"),
                seconds(kinds, kindsAfter, "GC"), wallS, corpus.sources().size(), corpus.passages().size(),
                digest(corpus));
    }

    /** The CPU seconds a kind of thread ({@link CpuClock#byThreadKind}) spent between two readings. */
    private static double seconds(Map<String, Long> before, Map<String, Long> after, String kind) {
        return (after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L)) / 1e3;
    }

    private static String digest(Corpus corpus) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Source s : corpus.sources()) {
            sha.update(s.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Passage p : corpus.passages()) {
            sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
