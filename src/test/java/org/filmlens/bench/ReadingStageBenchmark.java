package org.filmlens.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        warmUp();
        for (int r = 0; r < runs; r++) {
            System.out.printf("run %d: %s%n", r + 1, once(folder));
        }
    }

    /** Reads the bundled sample once (also called by ReadingStageAB for each build). */
    public static void warmUp() throws Exception {
        new Ingester().ingest(Film.unknown(), List.of(IngestBenchmark.SAMPLE), Progress.NONE);
    }

    /** One run: its CPU and wall time and the digest of what it produced (also called by ReadingStageAB). */
    public static String once(Path folder) throws Exception {
        long cpu = CpuClock.processNanos();
        long[] vm = vmThreadsTicks();
        long wall = System.nanoTime();
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(folder), Progress.NONE);
        double wallS = (System.nanoTime() - wall) / 1e9;
        double cpuS = (CpuClock.processNanos() - cpu) / 1e9;
        long[] vmAfter = vmThreadsTicks();
        double tick = 0.01; // USER_HZ
        return String.format(Locale.ROOT, "%.2f s CPU (C2 %.2f, C1 %.2f, GC %.2f), %.2f s wall; %d sources,"
                + " %d passages; digest %s", cpuS, (vmAfter[0] - vm[0]) * tick, (vmAfter[1] - vm[1]) * tick,
                (vmAfter[2] - vm[2]) * tick, wallS, corpus.sources().size(), corpus.passages().size(),
                digest(corpus));
    }

    /**
     * Clock ticks (user + system) of the JVM's C2 compiler, C1 compiler and collector threads, from
     * /proc/self/task/N/stat (those threads live as long as the JVM; zeros where /proc is not there).
     */
    static long[] vmThreadsTicks() {
        long[] ticks = new long[3];
        try (java.util.stream.Stream<Path> tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(task.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String[] f = stat.substring(close + 2).split(" ");
                long t = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
                if (name.startsWith("C2 Compiler")) {
                    ticks[0] += t;
                } else if (name.startsWith("C1 Compiler")) {
                    ticks[1] += t;
                } else if (name.startsWith("GC Thread") || name.startsWith("VM Thread")) {
                    ticks[2] += t;
                }
            }
        } catch (java.io.IOException noProc) {
            return ticks;
        }
        return ticks;
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
