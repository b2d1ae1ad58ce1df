package org.filmlens.bench;

/**
 * Two builds' search index build ({@link IndexStageBenchmark#once}) alternated in one JVM, each build's classes in a
 * loader of its own: {@code IndexStageAB CLASSES_A CLASSES_B BENCH_CLASSES WORKSPACE [ROUNDS]}.
 */
public final class IndexStageAB {
    private IndexStageAB() {}

    public static void main(String[] args) throws Exception {
        FrontStageAB.alternate(args, "org.filmlens.bench.IndexStageBenchmark", false);
    }
}
