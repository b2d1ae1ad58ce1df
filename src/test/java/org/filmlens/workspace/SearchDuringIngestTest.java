package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.filmlens.corpus.Progress;
import org.filmlens.index.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While an ingest runs in the workspace (the window's import), searches answer from the corpus and index shown
 * until the ingest commits, and an edit of the analysis waits for the ingest and then applies to its result.
 */
class SearchDuringIngestTest {
    static Path ingested;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestSampleOnce(@TempDir Path sample) throws Exception {
        ingested = sample;
        AnalysisFormatTest.ingestSampleAndReopen(sample);
    }

    /** Holds the ingest at its first step until released. */
    private static final class PausedProgress implements Progress {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void report(String step, double fraction) {
            reached.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void searchesAnswerWhileAnIngestRunsAndEditsWaitForIt() throws Exception {
        Path copy = dir.resolve("ws");
        FolderCopies.copyTree(ingested, copy);
        Path extra = Files.writeString(dir.resolve("extra.txt"), "Quillfeather : The harbour lamps are out tonight.\n"
                + "Samantha : I can feel the zeppelins humming.\n");
        try (Workspace ws = Workspace.open(copy)) {
            int sources = ws.corpus().sources().size();
            assertTrue(ws.search(SearchRequest.of("loneliness")).total() > 0);
            PausedProgress paused = new PausedProgress();
            CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(() -> {
                try {
                    return ws.ingest(List.of(extra), paused);
                } catch (WorkspaceException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertTrue(paused.reached.await(60, TimeUnit.SECONDS), "the ingest started");

                CompletableFuture<Long> search = CompletableFuture.supplyAsync(() -> {
                    try {
                        return ws.search(SearchRequest.of("loneliness")).total();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertTrue(search.get(30, TimeUnit.SECONDS) > 0, "a search answers while the ingest runs");
                assertEquals(sources, ws.corpus().sources().size(), "the corpus shown until the commit");

                CompletableFuture<String> edit = CompletableFuture.supplyAsync(() -> {
                    try {
                        return ws.addQuestion("Does the harbour stay dark?");
                    } catch (WorkspaceException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(300);
                assertFalse(edit.isDone(), "an edit of the analysis waits for the ingest");

                paused.release.countDown();
                IngestReport report = ingest.get(120, TimeUnit.SECONDS);
                String question = edit.get(60, TimeUnit.SECONDS);
                assertEquals(sources + 1, report.sources());
                assertTrue(ws.search(SearchRequest.of("\"harbour lamps\"")).total() > 0, "the new index is searched");
                assertTrue(ws.ending().stream().anyMatch(q -> q.id().equals(question)),
                        "the edit applies to the ingest's analysis");
            } finally {
                paused.release.countDown();
            }
        }
    }
}
