package org.filmlens.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Progress;
import org.filmlens.index.SearchRequest;
import org.filmlens.workspace.Workspace;

/**
 * Edits of the ending in one open workspace, as the window makes them one after another: each edit's wall time, and
 * how long a search made during each edit waited for its answer; with a third argument, after importing those pages
 * into it first (as the window's import). Works on the workspace it is given (use a copy). Not part of the
 * benchmark's table.
 * {@code java -cp ... org.filmlens.bench.EndingEditTiming WORKSPACE_COPY [EDITS [PAGES_TO_IMPORT_FIRST]]}
 */
public final class EndingEditTiming {
    private EndingEditTiming() {}

    public static void main(String[] args) throws Exception {
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            if (args.length > 2) {
                long t0 = System.nanoTime();
                ws.ingest(List.of(Path.of(args[2])), Progress.NONE);
                System.out.printf("imported %s in %d ms%n", args[2], (System.nanoTime() - t0) / 1_000_000);
            }
            EndingQuestion first = ws.ending().get(0);
            ws.search(SearchRequest.of("ending"));
            for (int i = 0; i < edits; i++) {
                String wording = first.question() + " (" + (i + 1) + ")";
                long t0 = System.nanoTime();
                CompletableFuture<Void> edit = CompletableFuture.runAsync(() -> {
                    try {
                        ws.renameQuestion(first.id(), wording);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(200); // the edit is under way
                long s0 = System.nanoTime();
                long hits = ws.search(SearchRequest.of("final scene")).total();
                long searchMs = (System.nanoTime() - s0) / 1_000_000;
                boolean editStillRunning = !edit.isDone();
                edit.join();
                System.out.printf("edit %d: %d ms; a search during it answered in %d ms (%d hits, edit still "
                        + "running then: %s)%n", i + 1, (System.nanoTime() - t0) / 1_000_000, searchMs, hits,
                        editStillRunning);
            }
        }
    }
}
