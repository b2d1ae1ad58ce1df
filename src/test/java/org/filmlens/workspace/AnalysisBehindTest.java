package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.Field;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.filmlens.index.SearchRequest;
import org.filmlens.analysis.ArcBuilder;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace opened corpus first ({@link Workspace#openCorpusFirst}) loads its analysis behind the corpus; an
 * ingest or an edit that comes while that load is pending or running leaves the workspace as right as it would be
 * with the analysis read first.
 */
class AnalysisBehindTest {
    static Path ingested;
    static Analysis reopened;

    @BeforeAll
    static void ingestSampleOnce(@TempDir Path dir) throws Exception {
        ingested = dir;
        reopened = AnalysisFormatTest.ingestSampleAndReopen(dir);
    }

    /** Loads held back until the test runs them, as a thread of their own would be when it is slow to start. */
    static final class HeldLoads implements Executor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable load) {
            held.add(load);
        }

        synchronized void runAll() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void theCorpusIsThereAtOnceAndTheAnalysisOnceLoaded(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            assertTrue(ws.passages(null).size() > 100);
            assertFalse(ws.analysisRead().isDone());
            loads.runAll();
            assertTrue(ws.analysisRead().isDone());
            assertEquals(reopened, ws.analysis());
        }
        try (Workspace ws = Workspace.openCorpusFirst(copy)) { // on a thread of its own
            ws.analysisRead().get(30, TimeUnit.SECONDS);
            assertEquals(reopened, ws.analysis());
        }
    }

    /**
     * An ingest makes the whole analysis again: it lets go of the one in memory for its run (which can then be
     * collected), a reader meanwhile gets it again from the files, and a cancelled ingest loses nothing: the analysis
     * is read back as it was.
     */
    @Test
    void anIngestLetsGoOfTheAnalysisItMakesAgainAndACancelledOneLosesNothing(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        try (Workspace ws = Workspace.open(copy)) {
            assertTrue(ws.analysisInMemory());
            java.lang.ref.WeakReference<Analysis> held = new java.lang.ref.WeakReference<>(ws.analysis());
            List<Object> seen = new ArrayList<>();
            Progress cancelAfterQuotes = cancelAtScenes(() -> {
                seen.add(ws.analysisInMemory());
                seen.add(collected(held));
                seen.add(ws.characters()); // read from the files meanwhile (its part alone)
            });
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> ws.ingest(List.of(WorkspaceTest.SAMPLE), cancelAfterQuotes));
            assertEquals(List.of(false, true, reopened.characters()), seen);
            assertFalse(ws.analysisInMemory());
            assertEquals(reopened, ws.analysis()); // read back from the files, which the ingest left as they were
            assertTrue(ws.analysisInMemory());
        }
    }

    /** The ending as derived for an edit is kept for the next one, but not past the start of an ingest. */
    @Test
    void anIngestLetsGoOfTheEndingKeptForEdits(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        try (Workspace ws = Workspace.open(copy)) {
            String first = ws.ending().get(0).id();
            ws.renameQuestion(first, "What does it all come to?");
            java.lang.ref.WeakReference<List<Quote>> quotes = new java.lang.ref.WeakReference<>(ws.analysis().quotes());
            List<Boolean> released = new ArrayList<>();
            Progress cancelAtScenes = cancelAtScenes(() -> released.add(collected(quotes)));
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> ws.ingest(List.of(WorkspaceTest.SAMPLE), cancelAtScenes));
            assertEquals(List.of(true), released);
            assertEquals("What does it all come to?", ws.ending().stream().filter(q -> q.id().equals(first))
                    .findFirst().orElseThrow().question());
        }
    }

    /**
     * The race the eleventh session found latent in the lazy load: a load taken for the old corpus and run after an
     * ingest derived the old corpus's analysis (analysis.json stale or missing) and saved it over the new one.
     */
    @Test
    void aLoadOfTheOldCorpusRunAfterAnIngestNeverSavesOverTheNewAnalysis(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Files.delete(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)); // so the load derives it and saves it
        Path extra = Files.writeString(copy.getParent().resolve(copy.getFileName() + "-extra.txt"), """
                Samantha : I'm here. I'm right here with you.
                Theodore : Where else would you be?
                In the last scene Theodore and Amy sit on the roof and watch the sun come up over the city.
                """);
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            String before = corpusGeneration(copy);
            ws.ingest(List.of(extra), Progress.NONE);
            String after = corpusGeneration(copy);
            assertNotEquals(before, after);
            Analysis fresh = ws.analysis();
            loads.runAll(); // the old corpus's load, after the ingest
            assertEquals(after, AnalysisJson.read(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)).generation());
            assertSame(fresh, ws.analysis());
            assertTrue(ws.analysisRead().isDone());
        }
    }

    /**
     * The same race across two Workspaces of one folder (the window opening it again, or another process): the first
     * one's load, still running after it was closed, must not save its analysis over the one the second ingested.
     */
    @Test
    void aLoadOutlivingItsWorkspaceNeverSavesOverAnotherWorkspacesIngest(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Files.delete(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)); // so the load derives it and saves it
        Path extra = Files.writeString(copy.getParent().resolve(copy.getFileName() + "-extra.txt"),
                "Samantha : I'm here. I'm right here with you.\nTheodore : Where else would you be?\n");
        HeldLoads loads = new HeldLoads();
        Workspace.openCorpusFirst(copy, loads).close(); // its load still to run, as a slow one would be
        try (Workspace again = Workspace.open(copy)) {
            again.ingest(List.of(extra), Progress.NONE);
        }
        String after = corpusGeneration(copy);
        loads.runAll();
        assertEquals(after, AnalysisJson.read(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)).generation());
    }

    @Test
    void anEndingEditBeforeTheLoadRanTakesItOverAndIsKept(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        HeldLoads loads = new HeldLoads();
        String id;
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            id = ws.addQuestion("Is the whole film a dream?");
            assertTrue(ws.analysisRead().isDone(), "the edit loaded the analysis it changes");
            loads.runAll(); // nothing left for the load: it must not put the unedited analysis back
            assertTrue(hasQuestion(ws.ending(), id));
        }
        try (Workspace ws = Workspace.open(copy)) {
            assertTrue(hasQuestion(ws.ending(), id), "saved with the edit");
            assertEquals(reopened.quotes(), ws.analysis().quotes());
        }
    }

    @Test
    void anEndingEditRacingTheLoadOnItsOwnThreadIsKept(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        for (int round = 0; round < 3; round++) {
            String id;
            try (Workspace ws = Workspace.openCorpusFirst(copy)) {
                id = ws.addQuestion("Round " + round + ": does Theodore write again?");
                ws.analysisRead().get(30, TimeUnit.SECONDS);
                assertTrue(hasQuestion(ws.ending(), id));
            }
            try (Workspace ws = Workspace.open(copy)) {
                assertTrue(hasQuestion(ws.ending(), id), "round " + round);
            }
        }
    }

    @Test
    void eachPartIsAtHandOnceReadAndWithTheWhole(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            for (AnalysisPart part : AnalysisPart.values()) {
                assertFalse(ws.partRead(part).isDone(), part.toString());
            }
            loads.runAll();
            for (AnalysisPart part : AnalysisPart.values()) {
                assertTrue(ws.partRead(part).isDone() && !ws.partRead(part).isCompletedExceptionally());
            }
            assertEquals(reopened.ending(), ws.ending());
            assertEquals(reopened.quotes(), ws.allQuotes());
        }
    }

    @Test
    void aPartReadBeforeAnotherFailsTheAnalysisStaysAtHand(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        DamagedParts.beyondRepair(copy, "scenes");
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            loads.runAll();
            assertTrue(ws.analysisRead().isCompletedExceptionally());
            assertTrue(ws.partRead(AnalysisPart.SCENES).isCompletedExceptionally());
            assertFalse(ws.partRead(AnalysisPart.ENDING).isCompletedExceptionally(), "read first, before the scenes");
            assertEquals(reopened.ending(), ws.ending());
            assertThrows(IllegalStateException.class, ws::scenes);
        }
    }

    /**
     * The window shows the ending pane as soon as its part is read, so the user may edit the ending while the rest of
     * the analysis (which the edit changes and saves whole) is still being read: the edit waits for it, but not
     * holding the workspace's lock, which every search takes to reach the index.
     */
    @Test
    void anEndingEditWaitingForTheAnalysisHoldsUpNoSearch(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Files.delete(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)); // so the load derives it and saves it
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            Field field = Workspace.class.getDeclaredField("saveLock");
            field.setAccessible(true);
            Thread edit;
            synchronized (field.get(ws)) { // the load, once it has derived the analysis, waits here to save it
                new Thread(loads::runAll, "test-load").start();
                edit = new Thread(() -> {
                    try {
                        ws.addQuestion("Is the whole film a dream?");
                    } catch (WorkspaceException e) {
                        throw new IllegalStateException(e);
                    }
                }, "test-edit");
                edit.start();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (edit.getState() == Thread.State.RUNNABLE || edit.getState() == Thread.State.NEW) {
                    assertTrue(System.nanoTime() < until, "the edit never waited for the analysis");
                    Thread.sleep(10);
                }
                assertFalse(ws.analysisRead().isDone());
                CompletableFuture<Long> search = CompletableFuture.supplyAsync(() -> {
                    try {
                        return (long) ws.search(SearchRequest.of("loneliness")).total();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                try {
                    assertTrue(search.get(10, TimeUnit.SECONDS) > 0);
                } catch (TimeoutException e) {
                    throw new AssertionError("a search waited for an ending edit that waits for the analysis", e);
                }
            }
            edit.join(TimeUnit.SECONDS.toMillis(30));
            assertTrue(ws.analysisRead().isDone());
            assertTrue(ws.ending().stream().anyMatch(q -> q.question().equals("Is the whole film a dream?")));
        }
    }

    /** Preparing an ending edit uses the analysis in memory, and reads none for it: that would cost more. */
    @Test
    void preparingAnEndingEditReadsNoAnalysis(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            ws.prepareEndingEdit();
            assertFalse(ws.analysisInMemory());
            loads.runAll();
            assertTrue(ws.analysisInMemory());
            ws.prepareEndingEdit();
            String id = ws.addQuestion("Is the whole film a dream?");
            assertTrue(ws.ending().stream().anyMatch(q -> q.id().equals(id)));
        }
    }

    /** An edit still waiting for the analysis when the workspace is closed (the window closed) is refused whole. */
    @Test
    void anEditThatWaitedPastTheCloseIsRefusedAndWritesNothing(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Files.delete(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)); // so the load derives it and saves it
        Path edits = copy.resolve(WorkspaceFiles.ENDING_EDITS_FILE);
        assertFalse(Files.exists(edits));
        Workspace ws = Workspace.openCorpusFirst(copy, new HeldLoads());
        Field field = Workspace.class.getDeclaredField("saveLock");
        field.setAccessible(true);
        CompletableFuture<String> edit;
        synchronized (field.get(ws)) { // the load the edit runs, once it has derived the analysis, waits here
            edit = CompletableFuture.supplyAsync(() -> {
                try {
                    return ws.addQuestion("Is the whole film a dream?");
                } catch (WorkspaceException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Thread.sleep(300);
            assertFalse(edit.isDone(), "the edit waits for the analysis");
            ws.close();
        }
        java.util.concurrent.ExecutionException refused = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> edit.get(60, TimeUnit.SECONDS));
        assertTrue(refused.getCause().getMessage().contains("closed"), refused.getCause().getMessage());
        assertFalse(Files.exists(edits), "nothing of the edit was written");
    }

    /**
     * A character's arc is the cast's, the quotes' and the scenes' alone: the arcs pane, shown once those parts are
     * read, gets one without the ending's part (damaged here, and the analysis cannot be derived again either).
     */
    @Test
    void anArcIsBuiltFromItsOwnPartsWithoutTheEnding(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        DamagedParts.beyondRepair(copy, "ending");
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            String lead = reopened.characters().get(0).name();
            Arc expected = new ArcBuilder().build(lead, reopened.characters(), reopened.quotes(), reopened.scenes())
                    .orElseThrow();
            assertEquals(expected, ws.arc(lead).orElseThrow());
            assertThrows(IllegalStateException.class, ws::ending, "the ending's part is damaged indeed");
        }
    }

    @Test
    void anAnalysisThatCannotBeDerivedFailsItsFutureAndItsCallers(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Files.delete(copy.resolve(WorkspaceFiles.ANALYSIS_FILE));
        Files.writeString(copy.resolve(WorkspaceFiles.OUTLINE_FILE), "{ not json");
        HeldLoads loads = new HeldLoads();
        try (Workspace ws = Workspace.openCorpusFirst(copy, loads)) {
            loads.runAll();
            assertTrue(ws.analysisRead().isCompletedExceptionally());
            CompletionException e = assertThrows(CompletionException.class, () -> ws.analysisRead().join());
            assertTrue(e.getCause() instanceof WorkspaceException, String.valueOf(e.getCause()));
            assertThrows(IllegalStateException.class, ws::characters);
            assertTrue(ws.passages(null).size() > 100, "the corpus is still there");
        }
    }

    private static boolean hasQuestion(List<EndingQuestion> ending, String id) {
        return ending.stream().anyMatch(q -> q.id().equals(id));
    }

    private static String corpusGeneration(Path dir) throws Exception {
        return new WorkspaceFiles(dir).corpusGeneration().orElseThrow();
    }

    /** Runs {@code check} when an ingest reaches the scenes (the quotes of its analysis made), then cancels it. */
    private static Progress cancelAtScenes(Runnable check) {
        return new Progress() {
            private volatile boolean cancelled;

            @Override
            public void report(String step, double fraction) {
                if (step.equals("Linking scenes") && !cancelled) {
                    check.run();
                    cancelled = true;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    /**
     * Whether what {@code ref} names is collected within about 2 s: a collection at a time, a moment apart. One run in
     * CI kept an old analysis past 20 back-to-back ones, held by something not found (not the file's reader, which
     * holds another record); this leaves anything passing the time to let go.
     */
    private static boolean collected(java.lang.ref.WeakReference<?> ref) {
        for (int i = 0; i < 40 && ref.get() != null; i++) {
            System.gc();
            pause(50);
        }
        return ref.get() == null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
