package org.filmlens.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.filmlens.storage.VersionedJson;

/**
 * Runs one stage a few times and prints a line per run: an analysis stage with its process CPU and wall time and
 * whether it gave the stored result, or a stage that reports its own figures from a path ({@code PATH [RUNS]}).
 */
final class StageRuns {
    /** One run of a stage on a folder or workspace, described by its figures. */
    interface Once {
        String run(Path path) throws Exception;
    }

    private StageRuns() {}

    /** The command line {@code PATH [RUNS]}: runs {@code once} on the path, {@code defaultRuns} times unless told. */
    static void print(String[] args, int defaultRuns, Once once) throws Exception {
        Path path = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : defaultRuns;
        for (int r = 0; r < runs; r++) {
            System.out.printf("run %d: %s%n", r + 1, once.run(path));
        }
    }

    /** @param unit what the stage's list holds, for the printed line ("characters", "questions") */
    static void print(int runs, String unit, List<?> stored, Supplier<? extends List<?>> stage)
            throws JsonProcessingException {
        ObjectMapper mapper = VersionedJson.mapper();
        String expected = mapper.writeValueAsString(stored);
        for (int r = 0; r < runs; r++) {
            Map<String, Long> kinds = CpuClock.byThreadKind();
            long cpu = CpuClock.processNanos();
            long wall = System.nanoTime();
            List<?> result = stage.get();
            double cpuS = (CpuClock.processNanos() - cpu) / 1e9;
            double wallS = (System.nanoTime() - wall) / 1e9;
            Map<String, Long> after = CpuClock.byThreadKind();
            StringBuilder byKind = new StringBuilder();
            after.forEach((kind, ms) -> byKind.append(String.format(" %s %.2f", kind,
                    (ms - kinds.getOrDefault(kind, 0L)) / 1e3)));
            boolean same = expected.equals(mapper.writeValueAsString(result));
            System.out.printf("run %d: %.2f s CPU (by thread:%s), %.2f s wall, %d %s, same as stored: %s%n",
                    r + 1, cpuS, byKind, wallS, result.size(), unit, same);
        }
    }
}
