package org.filmlens.bench;

import java.net.URL;
import java.nio.file.Path;

/**
 * Two builds' front of the ingest ({@link FrontStageBenchmark#once}) alternated in one JVM, each build in a class
 * loader of its own that reads the build's classes first, so that both meet the same machine from minute to minute:
 * {@code FrontStageAB CLASSES_A CLASSES_B BENCH_CLASSES FOLDER [ROUNDS]}.
 */
public final class FrontStageAB {
    private FrontStageAB() {}

    public static void main(String[] args) throws Exception {
        alternate(args, "org.filmlens.bench.FrontStageBenchmark", false);
    }

    /**
     * Alternates {@code once(Path)} of the benchmark class {@code bench} between the two builds named in
     * {@code args}, after a {@code warmUp()} of each build when {@code warmUp} is set.
     */
    static void alternate(String[] args, String bench, boolean warmUp) throws Exception {
        URL benchClasses = Path.of(args[2]).toUri().toURL();
        ClassLoader[] builds = {
            new ChildFirstLoader("org.filmlens.", Path.of(args[0]).toUri().toURL(), benchClasses),
            new ChildFirstLoader("org.filmlens.", Path.of(args[1]).toUri().toURL(), benchClasses)
        };
        Path folder = Path.of(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 6;
        if (warmUp) {
            for (ClassLoader build : builds) {
                build.loadClass(bench).getMethod("warmUp").invoke(null);
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.length; b++) {
                Object line = builds[b].loadClass(bench).getMethod("once", Path.class).invoke(null, folder);
                System.out.printf("round %d %s: %s%n", r + 1, b == 0 ? "A" : "B", line);
            }
        }
    }
}
