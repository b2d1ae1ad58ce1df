package org.filmlens.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.filmlens.corpus.Progress;

/**
 * A {@link Progress} that times each step the ingest reports, so the benchmark shows where the time goes. Steps
 * that differ only by a file name or a count ("Reading dump-0007.txt", "Linking 3/9") are one step.
 */
final class StepClock implements Progress {
    private static final boolean LOG_STEPS = Boolean.getBoolean("bench.logSteps");
    private final Map<String, Long> nanosByStep = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanosByStep = new LinkedHashMap<>();
    private String current;
    private long since;
    private long cpuSince;

    @Override
    public synchronized void report(String step, double fraction) {
        String name = normalise(step);
        if (name.equals(current)) {
            return;
        }
        stop();
        if (LOG_STEPS) {
            // to line the steps up with a GC log or heap histograms taken from outside (JVM uptime, as -Xlog's)
            System.err.printf(java.util.Locale.ROOT, "step %.3fs %s%n",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, name);
        }
        current = name;
        since = System.nanoTime();
        cpuSince = CpuClock.processNanos();
    }

    private static String normalise(String step) {
        String s = step == null ? "" : step;
        int cut = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '(' || Character.isDigit(c) || c == '/' || c == '\u2026') {
                cut = i;
                break;
            }
        }
        String name = s.substring(0, cut).strip();
        return name.isEmpty() ? "(unnamed)" : name;
    }

    synchronized void stop() {
        if (current != null) {
            nanosByStep.merge(current, System.nanoTime() - since, Long::sum);
            cpuNanosByStep.merge(current, CpuClock.processNanos() - cpuSince, Long::sum);
            current = null;
        }
    }

    /** "step wall s (CPU s)" per step, in the order the steps first appeared; CPU is the whole process's. */
    synchronized String breakdown() {
        StringBuilder b = new StringBuilder();
        nanosByStep.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(String.format(
                java.util.Locale.ROOT, "%s %.1f s (CPU %.1f s)", k, v / 1e9, cpuNanosByStep.get(k) / 1e9)));
        return b.toString();
    }
}
