package org.filmlens.annotations;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Annotation;

/**
 * A second Filmlens process for the crash and two-writer tests: adds annotations to a workspace and prints each id
 * once its save has returned, i.e. once it is acknowledged to the user. Args: folder, count (-1: until killed), label.
 */
public final class AnnotatingProcess {
    private AnnotatingProcess() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String label = args[2];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AnnotationStore store = AnnotationStore.open(dir);
        for (int i = 0; count < 0 || i < count; i++) {
            // a long note makes each save take a while, so a kill often lands in the middle of one
            Annotation a = store.add(AnnotationTarget.scene(label + "-" + i), (label + " note " + i + " ").repeat(20),
                    List.of(label), null);
            out.println(a.id());
        }
        out.println("done");
    }

    static Process start(Path dir, int count, String label) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AnnotatingProcess.class.getName(), dir.toString(), Integer.toString(count), label)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
