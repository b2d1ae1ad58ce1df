package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline for search: what finding the same words costs without an index, a {@code grep -c -i -F} over the
 * same files (already in the page cache), in the C locale, which is grep's fastest. Only the first word of an AND
 * or exclusion query is looked for, so the baseline is if anything too fast.
 */
final class GrepBaseline {
    private GrepBaseline() {}

    /** Wall time of one grep for the query's strings over all files of the corpus, in microseconds. */
    static long micros(CorpusFiles corpus, QueryMix.Query query) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("grep", "-r", "-c", "-i", "-F"));
        for (String s : query.grepFor()) {
            cmd.add("-e");
            cmd.add(s);
        }
        cmd.add(corpus.folder().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LC_ALL", "C");
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            int exit = p.waitFor();
            if (exit > 1) {
                throw new IOException("grep failed (exit " + exit + ") for " + query.text());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for grep", e);
        }
        return (System.nanoTime() - t0) / 1_000;
    }
}
