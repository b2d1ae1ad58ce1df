package org.filmlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of one analysis stage taking turns in one JVM on the same corpus ({@link SceneStageAB},
 * {@link EndingStageAB}): the CPU of the JVM's live threads for each run, each run's output checked against the
 * stored one, medians over the later two thirds of the runs (the first third warms both builds up).
 */
final class StageAB {
    /** One run of a build's stage: its output, to be compared with the stored one. */
    interface Run {
        Object of(int side) throws Exception;
    }

    private StageAB() {}

    static void alternate(String[] builds, int rounds, String stage, String expectedJson, ObjectMapper mapper,
                          Run run) throws Exception {
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                long t = CpuClock.liveThreadsNanos();
                Object output = run.of(side);
                double s = (CpuClock.liveThreadsNanos() - t) / 1e9;
                if (!expectedJson.equals(mapper.writeValueAsString(output))) {
                    System.out.println("side " + side + " round " + r + ": NOT the stored " + stage);
                }
                if (r >= rounds / 3) {
                    cpu.get(side).add(s);
                }
            }
        }
        for (int side = 0; side < 2; side++) {
            List<Double> v = cpu.get(side);
            Collections.sort(v);
            System.out.printf("%s: median %.3f s, least %.3f s (threads' CPU, %d runs)%n", builds[side],
                    v.get(v.size() / 2), v.get(0), v.size());
        }
    }
}
