package org.filmlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Progress;
import org.filmlens.storage.FileTrees;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;

/**
 * Startup to a window showing the sample: from starting the window on a workspace that already holds the ingested
 * sample, to the line the window prints on stderr once the workspace's sources are on screen
 * ({@code -Dfilmlens.startupTiming=true}: "filmlens startup: workspace shown at N ms after JVM start", printed by
 * the render thread once the frame that holds the sources in the navigator is painted, not when they are merely
 * loaded or laid out; "window shown" and "first frame painted" come first), and the process CPU time that line
 * reports (on a busy machine it says more than wall time). Then the window's resident memory, read from /proc once
 * it has settled.
 * Measured two ways, as users start it: {@code java … org.filmlens.Main --workspace DIR} (what {@code java -jar}
 * does), and the launcher {@code bin/filmlens --workspace DIR} when the jar is built (its first start, which writes
 * the class-data archive, is reported apart). Each run has fresh window preferences, so the first pane (the ending
 * matrix) is the one shown. Needs a display (bench/run.sh starts Xvfb). Without the timing line nothing is
 * recorded.
 */
final class StartupBenchmark {
    static final int RUNS = 5;
    private static final long TIMEOUT_SECONDS = 60;
    private static final long SETTLE_MILLIS = 2_000;
    /** The milestone that means "a window showing the sample". */
    static final String MILESTONE = "workspace shown";
    private static final Pattern PROCESS_CPU = Pattern.compile("process CPU (\\d+) ms");

    private StartupBenchmark() {}

    static void run(String classpath, Path launcher, Results results) throws IOException, InterruptedException {
        Path ws = Files.createTempDirectory("filmlens-startup");
        Path scratch = Files.createTempDirectory("filmlens-startup-home");
        try {
            try (Workspace w = Workspace.open(ws)) {
                w.ingest(List.of(IngestBenchmark.SAMPLE), Progress.NONE);
            } catch (WorkspaceException e) {
                results.put("startup.failed", "could not ingest the sample: " + e.getMessage());
                return;
            }
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            measure("startup", ws, scratch, results, prefs -> new ProcessBuilder(java.toString(),
                    "-Dfilmlens.startupTiming=true", prefs, "-cp", classpath, "org.filmlens.Main", "--workspace",
                    ws.toString()));
            if (launcher != null && Files.isExecutable(launcher)) {
                Path cache = scratch.resolve("cache");
                Command viaLauncher = prefs -> {
                    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--workspace", ws.toString());
                    pb.environment().put("JAVA_OPTS", "-Dfilmlens.startupTiming=true " + prefs);
                    pb.environment().put("FILMLENS_JAVA", java.toString());
                    pb.environment().put("XDG_CACHE_HOME", cache.toString());
                    return pb;
                };
                long[] first = once(viaLauncher.start(prefsOption(scratch, -1)), results, "startup.launcher");
                if (first != null) {
                    results.put("startup.launcher.archiveRunMs", first[0]);
                    measure("startup.launcher", ws, scratch, results, viaLauncher);
                }
            }
        } finally {
            FileTrees.deleteQuietly(ws);
            FileTrees.deleteQuietly(scratch);
        }
    }

    /** How to start the window, given the option that points Java's preferences at a fresh folder. */
    private interface Command {
        ProcessBuilder start(String prefsOption);
    }

    private static void measure(String key, Path ws, Path scratch, Results results, Command command)
            throws IOException, InterruptedException {
        long[] millis = new long[RUNS];
        long[] rssMb = new long[RUNS];
        long[] cpuMs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long[] one = once(command.start(prefsOption(scratch, i)), results, key);
            if (one == null) {
                return;
            }
            millis[i] = one[0];
            rssMb[i] = one[1];
            cpuMs[i] = one[2];
        }
        Percentiles m = new Percentiles(millis);
        Percentiles r = new Percentiles(rssMb);
        results.put(key + ".runs", RUNS);
        results.put(key + ".medianMs", m.at(50));
        results.put(key + ".maxMs", m.max());
        results.put(key + ".firstMs", millis[0]);
        results.put(key + ".windowRssMb", r.at(50));
        results.put(key + ".windowRssMaxMb", r.max());
        if (Arrays.stream(cpuMs).allMatch(c -> c >= 0)) {
            results.put(key + ".cpuMedianMs", new Percentiles(cpuMs).at(50));
        }
    }

    private static String prefsOption(Path scratch, int run) {
        return "-Djava.util.prefs.userRoot=" + scratch.resolve("prefs-" + key(run));
    }

    private static String key(int run) {
        return run < 0 ? "first" : Integer.toString(run);
    }

    /**
     * {millis to the timing line, resident MB after settling, the process's CPU time at the line (-1 if it does not
     * say)}, or null (recorded as not measured).
     */
    private static long[] once(ProcessBuilder pb, Results results, String key)
            throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("filmlens-startup", ".err");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
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
                results.put(key + ".failed", "the window printed no startup timing line ("
                        + (p.isAlive() ? "still running after " + TIMEOUT_SECONDS + " s" : "exit " + p.exitValue())
                        + ")");
                return null;
            }
            System.err.println("  window: " + line);
            Thread.sleep(SETTLE_MILLIS);
            return new long[] {millis, residentMb(javaOf(p)), processCpuMs(line)};
        } finally {
            p.destroy();
            // the launcher's first start writes the class-data archive as the window closes
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
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

    /** The "process CPU N ms" the timing line reports: CPU time says more than wall time on a busy machine. */
    static long processCpuMs(String line) {
        Matcher m = PROCESS_CPU.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The JVM of a start: the process itself, or the launcher's java child (its first start waits for it). */
    private static long javaOf(Process p) {
        return p.children().findFirst().map(ProcessHandle::pid).orElse(p.pid());
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
