package org.filmlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.storage.FileTrees;
import org.filmlens.workspace.Workspace;

/**
 * The search index of a workspace after pages were added, built whole and with the old index's passages carried
 * over, alternating in one JVM: wall and process CPU of each build alone (no analysis running beside it).
 *
 * <pre>
 * java -cp ... org.filmlens.bench.KeptIndexTiming OLD_WS ADDED_WS ROUNDS
 * </pre>
 * OLD_WS is the workspace before the add (its index current), ADDED_WS the same after it; the corpus is joined as
 * the ingest joins it, so the old passages are the old corpus's objects.
 */
final class KeptIndexTiming {
    private KeptIndexTiming() {}

    public static void main(String[] args) throws Exception {
        Path oldDir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[2]);
        Corpus old;
        String generation;
        try (Workspace ws = Workspace.openForCorpus(oldDir)) {
            old = ws.corpus();
            old.passages();
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(oldDir.resolve(LuceneSearchIndex.FOLDER))) {
            generation = index.generation();
        }
        Corpus merged;
        Analysis analysis;
        try (Workspace ws = Workspace.open(Path.of(args[1]))) {
            Corpus added = ws.corpus();
            List<Source> sources = new ArrayList<>(old.sources());
            List<Passage> passages = new ArrayList<>(old.passages());
            for (Source s : added.sources()) {
                if (old.source(s.id()).isEmpty()) {
                    sources.add(s);
                    passages.addAll(added.passagesOf(s.id()));
                }
            }
            merged = new Corpus(added.film(), sources, passages);
            analysis = new Analysis(ws.allQuotes(), List.of(), List.of(), List.of());
        }
        Path out = Files.createTempDirectory("kept-index-timing");
        LuceneSearchIndex.Previous previous = new LuceneSearchIndex.Previous(oldDir.resolve(LuceneSearchIndex.FOLDER),
                old, generation);
        try {
            for (int r = 0; r < rounds; r++) {
                for (boolean keep : new boolean[] {false, true}) {
                    Path dir = out.resolve(keep ? "kept" : "whole");
                    FileTrees.deleteQuietly(dir);
                    System.gc();
                    long c0 = CpuClock.processNanos();
                    long t0 = System.nanoTime();
                    int carried = LuceneSearchIndex.build(dir, merged, analysis, "g", keep ? previous : null);
                    System.out.printf("round %d %s: wall %.2f s cpu %.2f s (carried %d)%n", r, keep ? "kept " : "whole",
                            (System.nanoTime() - t0) / 1e9, (CpuClock.processNanos() - c0) / 1e9, carried);
                }
            }
        } finally {
            FileTrees.deleteQuietly(out);
        }
    }
}
