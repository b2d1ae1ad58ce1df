package org.filmlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.filmlens.corpus.Progress;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;

/**
 * Startup to a window showing the sample: from starting {@code java … org.filmlens.Main --workspace DIR} on a
 * workspace that already holds the ingested sample, to the line the window prints on stderr once the workspace's
 * sources are on screen ({@code -Dfilmlens.startupTiming=true}: "filmlens startup: workspace shown at N ms after JVM
 * start"; the empty window's "window shown" comes first). Then the window's resident memory, read from /proc once
 * it has settled. Needs a display (bench/run.sh starts Xvfb). Without the timing line nothing is recorded.
 */
final class StartupBenchmark {
    static final int RUNS = 5;
    private static final long TIMEOUT_SECONDS = 60;
    private static final long SETTLE_MILLIS = 2_000;
    /** The milestone that means "a window showing the sample". */
    static final String MILESTONE = "workspace shown";

    private StartupBenchmark() {}

    static void run(String classpath, Results results) throws IOException, InterruptedException {
        Path ws = Files.createTempDirectory("filmlens-startup");
        try {
            try (Workspace w = Workspace.open(ws)) {
                w.ingest(List.of(IngestBenchmark.SAMPLE), Progress.NONE);
            } catch (WorkspaceException e) {
                results.put("startup.failed", "could not ingest the sample: " + e.getMessage());
                return;
            }
            long[] millis = new long[RUNS];
            long[] rssMb = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long[] one = once(classpath, ws, results);
                if (one == null) {
                    return;
                }
                millis[i] = one[0];
                rssMb[i] = one[1];
            }
            Percentiles m = new Percentiles(millis);
            Percentiles r = new Percentiles(rssMb);
            results.put("startup.runs", RUNS);
            results.put("startup.medianMs", m.at(50));
            results.put("startup.maxMs", m.max());
            results.put("startup.firstMs", millis[0]);
            results.put("startup.windowRssMb", r.at(50));
        } finally {
            IngestBenchmark.deleteTree(ws);
        }
    }

    /** {millis to the timing line, resident MB after settling}, or null (recorded as not measured). */
    private static long[] once(String classpath, Path ws, Results results) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = Files.createTempFile("filmlens-startup", ".err");
        List<String> cmd = List.of(java.toString(), "-Dfilmlens.startupTiming=true", "-cp", classpath,
                "org.filmlens.Main", "--workspace", ws.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            String line = null;
            while (line == null && System.nanoTime() < deadline) {
                line = timingLine(stderr);
                if (line == null) {
                    if (!p.isAlive()) {
                        line = timingLine(stderr);
                        break;
                    }
                    Thread.sleep(2);
                }
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            if (line == null) {
                results.put("startup.failed", "the window printed no startup timing line ("
                        + (p.isAlive() ? "still running after " + TIMEOUT_SECONDS + " s" : "exit " + p.exitValue())
                        + ")");
                return null;
            }
            System.err.println("  window: " + line);
            Thread.sleep(SETTLE_MILLIS);
            return new long[] {millis, residentMb(p.pid())};
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(stderr);
        }
    }

    /** The stderr line that reports the milestone, or null while there is none. */
    private static String timingLine(Path stderr) throws IOException {
        for (String line : Files.readAllLines(stderr, StandardCharsets.ISO_8859_1)) {
            if (line.toLowerCase(Locale.ROOT).contains(MILESTONE)) {
                return line;
            }
        }
        return null;
    }

    private static long residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }
}
