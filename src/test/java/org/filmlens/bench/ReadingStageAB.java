package org.filmlens.bench;

import java.net.URL;
import java.nio.file.Path;

/**
 * Two builds' reading step ({@link ReadingStageBenchmark#once}) alternated in one JVM, each build in a class loader of
 * its own that reads the build's classes first, so that both meet the same machine from minute to minute; each
 * build first reads the sample once: {@code ReadingStageAB CLASSES_A CLASSES_B BENCH_CLASSES FOLDER [ROUNDS]}.
 * Warm code only: the JIT's first compiles and traps, which the ingest's single reading meets, need a JVM per run.
 */
public final class ReadingStageAB {
    private ReadingStageAB() {}

    public static void main(String[] args) throws Exception {
        URL bench = Path.of(args[2]).toUri().toURL();
        ClassLoader[] builds = {
            new ChildFirstLoader("org.filmlens.", Path.of(args[0]).toUri().toURL(), bench),
            new ChildFirstLoader("org.filmlens.", Path.of(args[1]).toUri().toURL(), bench)
        };
        Path folder = Path.of(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 6;
        for (ClassLoader build : builds) {
            build.loadClass("org.filmlens.bench.ReadingStageBenchmark").getMethod("warmUp").invoke(null);
        }
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.length; b++) {
                Object line = builds[b].loadClass("org.filmlens.bench.ReadingStageBenchmark")
                        .getMethod("once", Path.class).invoke(null, folder);
                System.out.printf("round %d %s: %s%n", r + 1, b == 0 ? "A" : "B", line);
            }
        }
    }
}
