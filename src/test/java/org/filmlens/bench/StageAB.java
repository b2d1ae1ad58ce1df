package org.filmlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.storage.VersionedJson;

/**
 * Two builds of one analysis stage taking turns in one JVM on the same corpus ({@link SceneStageAB},
 * {@link EndingStageAB}; arguments {@code WORKSPACE A_CLASSES B_CLASSES [ROUNDS]}): the CPU of the JVM's live threads for each run, each run's output checked against the
 * stored one, medians over the later two thirds of the runs (the first third warms both builds up).
 * Only {@code org.filmlens.analysis} classes are loaded once per build: a change elsewhere (say in
 * {@code corpus.text}) runs the same copy on both sides, so these benches cannot see it.
 */
final class StageAB {
    /** One run of a build's stage: its output, to be compared with the stored one. */
    interface Run {
        Object of(int side, Corpus corpus, Analysis stored) throws Exception;
    }

    private StageAB() {}

    static void alternate(String[] args, String stage, Function<Analysis, Object> storedOutput, Run run)
            throws Exception {
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        ObjectMapper mapper = VersionedJson.mapper();
        StoredWorkspace workspace = StoredWorkspace.read(Path.of(args[0]));
        Corpus corpus = workspace.corpus();
        Analysis stored = workspace.analysis();
        String expectedJson = mapper.writeValueAsString(storedOutput.apply(stored));
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                long t = CpuClock.liveThreadsNanos();
                Object output = run.of(side, corpus, stored);
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
            System.out.printf("%s: median %.3f s, least %.3f s (threads' CPU, %d runs)%n", args[1 + side],
                    v.get(v.size() / 2), v.get(0), v.size());
        }
    }
}
