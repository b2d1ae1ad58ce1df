package org.filmlens.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

/**
 * Two builds of the analysis package's cast stage in one JVM, taking turns on the same corpus: the CPU of the JVM's
 * own threads (no collector, no compiler) for each run, medians over the later runs. The rest of the code is shared,
 * so only the analysis classes differ.
 * {@code java -cp ... org.filmlens.bench.CastStageAB WORKSPACE A_CLASSES B_CLASSES [ROUNDS]}
 */
public final class CastStageAB {
    private CastStageAB() {}

    public static void main(String[] args) throws Exception {
        Method[] find = new Method[2];
        Object[] finder = new Object[2];
        for (int side = 0; side < 2; side++) {
            Class<?> c = new ChildFirstLoader("org.filmlens.analysis.", Path.of(args[1 + side]).toUri().toURL())
                    .loadClass("org.filmlens.analysis.CastFinder");
            finder[side] = c.getConstructor().newInstance();
            find[side] = c.getMethod("find", Corpus.class, List.class);
        }
        StageAB.alternate(args, "characters", Analysis::characters, (side, corpus, stored) ->
                find[side].invoke(finder[side], corpus, stored.quotes()));
    }
}
