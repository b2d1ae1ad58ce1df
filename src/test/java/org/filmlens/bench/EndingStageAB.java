package org.filmlens.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

/**
 * Two builds of the analysis package's ending stage in one JVM, taking turns on the same corpus, as
 * {@link SceneStageAB} does for the scenes: the CPU of the JVM's live threads for each run, medians over the later
 * runs. {@code java -cp ... org.filmlens.bench.EndingStageAB WORKSPACE A_CLASSES B_CLASSES [ROUNDS]}
 */
public final class EndingStageAB {
    private EndingStageAB() {}

    public static void main(String[] args) throws Exception {
        Method[] mapMethods = new Method[2];
        Object[] endingMappers = new Object[2];
        Object[] noEdits = new Object[2];
        for (int side = 0; side < 2; side++) {
            ChildFirstLoader loader = new ChildFirstLoader("org.filmlens.analysis.",
                    Path.of(args[1 + side]).toUri().toURL());
            Class<?> c = loader.loadClass("org.filmlens.analysis.EndingMapper");
            Class<?> edits = loader.loadClass("org.filmlens.analysis.EndingEdits");
            endingMappers[side] = c.getConstructor().newInstance();
            mapMethods[side] = c.getMethod("map", Corpus.class, List.class, List.class, edits);
            noEdits[side] = edits.getMethod("none").invoke(null);
        }
        StageAB.alternate(args, "ending", Analysis::ending, (side, corpus, stored) ->
                mapMethods[side].invoke(endingMappers[side], corpus, stored.quotes(), stored.scenes(), noEdits[side]));
    }
}
