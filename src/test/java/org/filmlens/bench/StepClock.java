package org.filmlens.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.filmlens.corpus.Progress;

/**
 * A {@link Progress} that times each step the ingest reports, so the benchmark shows where the time goes. Steps
 * that differ only by a file name or a count ("Reading dump-0007.txt", "Linking 3/9") are one step.
 */
final class StepClock implements Progress {
    private final Map<String, Long> nanosByStep = new LinkedHashMap<>();
    private String current;
    private long since;

    @Override
    public synchronized void report(String step, double fraction) {
        String name = normalise(step);
        if (name.equals(current)) {
            return;
        }
        stop();
        current = name;
        since = System.nanoTime();
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
            current = null;
        }
    }

    /** Seconds per step, in the order the steps first appeared. */
    synchronized Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanosByStep.forEach((k, v) -> out.put(k, v / 1e9));
        return out;
    }
}
