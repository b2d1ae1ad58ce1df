package org.filmlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.storage.VersionedJson;

/**
 * Two builds of the analysis package's ending stage in one JVM, taking turns on the same corpus, as
 * {@link SceneStageAB} does for the scenes: the CPU of the JVM's live threads for each run, medians over the later
 * runs. {@code java -cp ... org.filmlens.bench.EndingStageAB WORKSPACE A_CLASSES B_CLASSES [ROUNDS]}
 */
public final class EndingStageAB {
    private EndingStageAB() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        ObjectMapper mapper = VersionedJson.mapper();
        StoredWorkspace workspace = StoredWorkspace.read(ws);
        Corpus corpus = workspace.corpus();
        Analysis stored = workspace.analysis();
        String expected = mapper.writeValueAsString(stored.ending());
        Method[] map = new Method[2];
        Object[] mapper2 = new Object[2];
        Object[] noEdits = new Object[2];
        for (int side = 0; side < 2; side++) {
            ChildFirstLoader loader = new ChildFirstLoader("org.filmlens.analysis.",
                    Path.of(args[1 + side]).toUri().toURL());
            Class<?> c = loader.loadClass("org.filmlens.analysis.EndingMapper");
            Class<?> edits = loader.loadClass("org.filmlens.analysis.EndingEdits");
            mapper2[side] = c.getConstructor().newInstance();
            map[side] = c.getMethod("map", Corpus.class, List.class, List.class, edits);
            noEdits[side] = edits.getMethod("none").invoke(null);
        }
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                long t = CpuClock.liveThreadsNanos();
                Object ending = map[side].invoke(mapper2[side], corpus, stored.quotes(), stored.scenes(),
                        noEdits[side]);
                double s = (CpuClock.liveThreadsNanos() - t) / 1e9;
                if (!expected.equals(mapper.writeValueAsString(ending))) {
                    System.out.println("side " + side + " round " + r + ": NOT the stored ending");
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
