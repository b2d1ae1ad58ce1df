package org.filmlens.bench;

/**
 * Two builds' reading step ({@link ReadingStageBenchmark#once}) alternated in one JVM, each build in a class loader of
 * its own that reads the build's classes first, so that both meet the same machine from minute to minute; each
 * build first reads the sample once: {@code ReadingStageAB CLASSES_A CLASSES_B BENCH_CLASSES FOLDER [ROUNDS]}.
 * Warm code only: the JIT's first compiles and traps, which the ingest's single reading meets, need a JVM per run.
 */
public final class ReadingStageAB {
    private ReadingStageAB() {}

    public static void main(String[] args) throws Exception {
        FrontStageAB.alternate(args, "org.filmlens.bench.ReadingStageBenchmark", true);
    }
}
