package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Progress;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace open in two windows, or in a window and a command, at once: each change waits for the other and is
 * made on what the other saved, so none is lost or half-saved. A damaged index is built again rather than failing
 * every search, and a corpus file that cannot be read says how to start again.
 */
class ChangesFromTwoProcessesTest {
    @TempDir
    Path tmp;

    private Path page(String name, String text) throws Exception {
        return Files.writeString(Files.createDirectories(tmp.resolve("pages")).resolve(name), text);
    }

    @Test
    void anIngestMadeAfterAnotherWorkspaceIngestedKeepsWhatThatOneAdded() throws Exception {
        Path dir = tmp.resolve("ws");
        Path essay = page("essay.txt", "An essay on Her\n\nThe film ends on a rooftop at dawn, where Theodore and Amy"
                + " sit together after the operating systems leave.\n");
        try (Workspace first = Workspace.open(dir); Workspace second = Workspace.open(dir)) {
            first.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
            second.ingest(List.of(essay), Progress.NONE); // opened before the first ingest: its corpus was empty
            assertEquals(7, second.corpus().sources().size(), "the sample's six sources kept, the essay added");
        }
        try (Workspace again = Workspace.open(dir)) {
            assertEquals(7, again.corpus().sources().size());
        }
    }

    @Test
    void editsOfTheEndingMadeAtOnceAreAllKept() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        }
        List<Workspace> open = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> added = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Workspace ws = Workspace.open(dir);
                open.add(ws);
                String question = "Why does question " + i + " matter?";
                added.add(pool.submit(() -> ws.addQuestion(question)));
            }
            for (Future<String> f : added) {
                f.get();
            }
        } finally {
            pool.shutdown();
            for (Workspace ws : open) {
                ws.close();
            }
        }
        try (Workspace again = Workspace.open(dir)) {
            Set<String> questions = again.ending().stream().map(EndingQuestion::question).collect(Collectors.toSet());
            for (int i = 0; i < 4; i++) {
                assertTrue(questions.contains("Why does question " + i + " matter?"), questions.toString());
            }
        }
    }

    @Test
    void anEditAfterAnotherWorkspaceChangedTheScenesKeepsItsScenes() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        }
        List<org.filmlens.analysis.SceneOutline> two = List.of(
                new org.filmlens.analysis.SceneOutline("letters", "Writing letters", "Theodore writes letters.",
                        List.of("letter")),
                new org.filmlens.analysis.SceneOutline("roof", "On the roof", "Theodore and Amy on the roof.",
                        List.of("roof")));
        try (Workspace window = Workspace.open(dir); Workspace command = Workspace.open(dir)) {
            window.scenes(); // the window has read the analysis with the shipped scene list
            command.saveOutline(two);
            window.addQuestion("Why does the window matter?");
        }
        try (Workspace again = Workspace.open(dir)) {
            assertEquals(List.of("Writing letters", "On the roof"),
                    again.scenes().stream().map(org.filmlens.corpus.Scene::title).toList(),
                    "the window's edit did not put the old scenes back");
            assertTrue(again.ending().stream().anyMatch(q -> q.question().equals("Why does the window matter?")));
        }
    }

    @Test
    void anIngestWaitingForAnotherProcessSaysSoAndCanBeCancelled() throws Exception {
        Path dir = tmp.resolve("ws");
        Files.createDirectories(dir);
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        Progress watched = new Progress() {
            @Override
            public void report(String step, double fraction) {
                steps.add(step);
                cancel.set(true); // the user presses Cancel on seeing the wait
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        ExecutorService other = Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Future<?> holder = other.submit(() -> { // another window's ingest, holding the workspace's lock
            try (var lock = org.filmlens.storage.FileLocks.acquire(dir.resolve(WorkspaceFiles.WRITER_LOCK_FILE),
                    java.time.Duration.ofSeconds(5))) {
                held.countDown();
                release.await();
            }
            return null;
        });
        try (Workspace ws = Workspace.open(dir)) {
            held.await();
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> ws.ingest(List.of(WorkspaceTest.SAMPLE), watched));
            assertTrue(steps.get(0).startsWith("Waiting for another Filmlens"), steps.toString());
            assertTrue(ws.corpus().sources().isEmpty(), "nothing ingested");
        } finally {
            release.countDown();
            holder.get();
            other.shutdown();
        }
    }

    @Test
    void aDamagedIndexIsBuiltAgainAndTheSearchAnswers() throws Exception {
        Path dir = tmp.resolve("ws");
        SearchResults before;
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
            before = ws.search(SearchRequest.of("theodore"));
        }
        Path postings;
        try (Stream<Path> files = Files.list(dir.resolve("index-v3"))) {
            postings = files.filter(p -> p.getFileName().toString().endsWith(".doc")).findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(postings.toFile(), "rw")) { // garbage inside, sizes kept
            byte[] junk = new byte[(int) f.length() - 200];
            new java.util.Random(7).nextBytes(junk);
            f.seek(100);
            f.write(junk);
        }
        try (Workspace ws = Workspace.open(dir)) {
            SearchResults after = ws.search(SearchRequest.of("theodore"));
            assertEquals(before.total(), after.total());
            assertEquals(before.hits().get(0).passageId(), after.hits().get(0).passageId());
        }
    }

    @Test
    void aCorpusFileWithoutItsGenerationSaysHowToStartAgain() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        }
        Path corpus = dir.resolve(WorkspaceFiles.CORPUS_FILE);
        Files.writeString(corpus, Files.readString(corpus).replaceFirst("\"generation\"\\s*:\\s*\"[^\"]*\",", ""));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("no generation") && e.getMessage().contains("move corpus.json"),
                e.getMessage());
        assertFalse(e.getMessage().contains("null"), e.getMessage());
    }
}
