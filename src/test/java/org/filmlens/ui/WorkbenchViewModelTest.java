package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Debouncer;
import org.filmlens.ui.common.WorkspaceSession.AnalysisState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    @Test
    void openingAWorkspaceShowsItsFilmAndSources() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(dir);
        assertEquals("Tidewater (2021) — Filmlens", f.vm.titleProperty().get());
        assertFalse(f.vm.emptyProperty().get());
        assertFalse(f.vm.busyProperty().get());
        assertEquals(4, f.vm.session().corpus().sources().size());
        assertEquals(dir.toAbsolutePath().normalize(), f.vm.directoryProperty().get());
        assertTrue(f.errors.isEmpty(), f.errors.toString());
    }

    @Test
    void theShownPanesDataIsReadWithTheOpeningAndPublishedWithTheWorkspace() throws Exception {
        InventedFilm.writeTo(dir);
        QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.analysisMoment(java.time.Duration.ofSeconds(30)); // read within it: published together, however slow
        vm.ending().activate(); // the pane shown first; the quote browser is never shown
        vm.open(dir, false);
        assertEquals(1, runner.held());
        runner.runOne(); // the opening, which makes the shown panes' reads
        // the first frame of the workspace can show the sources and the matrix: no second trip to the background
        assertEquals(4, vm.sources().groups().stream().mapToInt(g -> g.sources().size()).sum());
        assertFalse(vm.ending().rows().isEmpty());
        assertEquals(vm.session().revision(), 1);
        assertTrue(vm.quotes().quotes().isEmpty());
        runner.runAll();
        assertTrue(vm.quotes().quotes().isEmpty());
    }

    @Test
    void aPaneHiddenWhileTheWorkspaceOpensLoadsWhenShownAgain() throws Exception {
        InventedFilm.writeTo(dir);
        QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.ending().activate();
        vm.open(dir, false);
        vm.ending().setShown(false);
        runner.runAll();
        assertTrue(vm.ending().rows().isEmpty());
        vm.ending().setShown(true);
        runner.runAll();
        assertFalse(vm.ending().rows().isEmpty());
    }

    @Test
    void openingAnotherWorkspaceReplacesTheShownPanesDataAtOnce() throws Exception {
        InventedFilm.writeTo(dir.resolve("film"));
        QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.ending().activate();
        vm.open(dir.resolve("film"), false);
        runner.runAll();
        vm.open(dir.resolve("empty"), false);
        runner.runOne();
        assertTrue(vm.emptyProperty().get());
        assertTrue(vm.sources().groups().isEmpty());
        assertTrue(vm.ending().rows().isEmpty());
        assertEquals("No sources yet: use File › Import", vm.sources().summaryProperty().get());
    }

    /** Until the workspace is read, its panes are not "empty" nor is there "nothing to search": it is opening. */
    @Test
    void whileAWorkspaceOpensItsPanesSaySoAndNotThatItIsEmpty() throws Exception {
        InventedFilm.writeTo(dir.resolve("film"));
        QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        assertEquals("Nothing to search yet", vm.search().statusProperty().get());
        vm.open(dir.resolve("film"), false);
        assertTrue(vm.session().openingProperty().get());
        assertEquals("Opening the workspace\u2026", vm.search().statusProperty().get());
        runner.runAll();
        assertFalse(vm.session().openingProperty().get());
        assertEquals("Type to search every passage", vm.search().statusProperty().get());

        vm.open(dir.resolve("film"), false, () -> {
            throw new java.io.IOException("the disk went away");
        });
        assertTrue(vm.session().openingProperty().get());
        runner.runAll();
        assertFalse(vm.session().openingProperty().get(), "a failed open is no longer opening");
        assertEquals("Type to search every passage", vm.search().statusProperty().get());
    }

    @Test
    void anEmptyWorkspaceIsShownAsEmptyAndNotFilledUnasked() {
        WorkbenchViewModel vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        vm.open(dir.resolve("new"), false);
        assertTrue(vm.emptyProperty().get());
        assertTrue(vm.session().corpus().isEmpty());
        assertTrue(vm.statusProperty().get().startsWith("Empty workspace"), vm.statusProperty().get());
    }

    @Test
    void runningOutOfMemoryWhileOpeningEndsTheWaitWithAMessageThatSaysWhatToDo() throws Exception {
        WorkbenchViewModel vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        List<String> errors = new ArrayList<>();
        vm.session().addErrorListener(errors::add);
        vm.open(dir, false, () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertFalse(vm.busyProperty().get());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("ran out of memory") && errors.get(0).contains("-Xmx"), errors.get(0));
        assertEquals(errors.get(0), vm.statusProperty().get());
    }

    @Test
    void aFileInsteadOfAFolderIsOneLineOfErrorAndTheWindowStaysUsable() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder.txt"), "x");
        WorkbenchViewModel vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        List<String> errors = new ArrayList<>();
        vm.session().addErrorListener(errors::add);
        vm.open(file, false);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("not-a-folder.txt"), errors.get(0));
        assertFalse(errors.get(0).contains("\n"));
        assertFalse(vm.busyProperty().get());
        assertEquals(errors.get(0), vm.statusProperty().get());
    }

    /**
     * An import makes the analysis again and the workspace lets go of the one shown meanwhile: the panes that show it
     * wait (and drop what they held of it), then show the import's; a cancelled import reads the old one back.
     */
    @Test
    void theAnalysisPanesWaitForTheImportAndACancelledOneShowsTheOldAnalysisAgain() throws Exception {
        InventedFilm.writeTo(dir);
        QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        List<String> errors = new ArrayList<>();
        vm.session().addErrorListener(errors::add);
        vm.quotes().activate();
        vm.open(dir, false);
        runner.runAll();
        List<String> before = vm.quotes().quotes().stream().map(r -> r.quote().id()).toList();
        assertFalse(before.isEmpty());

        vm.ingestSample();
        assertEquals(AnalysisState.MAKING, vm.session().analysisState());
        assertTrue(vm.quotes().quotes().isEmpty(), "the quotes of the analysis let go of are not held");
        vm.cancel();
        runner.runAll();
        assertEquals(AnalysisState.READ, vm.session().analysisState());
        assertEquals(before, vm.quotes().quotes().stream().map(r -> r.quote().id()).toList());
        assertEquals("Cancelled; the workspace is as it was", vm.statusProperty().get());

        vm.ingestSample();
        assertEquals(AnalysisState.MAKING, vm.session().analysisState());
        runner.runAll();
        assertEquals(AnalysisState.READ, vm.session().analysisState());
        assertTrue(vm.quotes().quotes().size() > before.size(), "the import's quotes are shown");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aCancelledIngestLeavesTheWorkspaceAsItWasWithoutAnErrorDialog() throws Exception {
        InventedFilm.writeTo(dir);
        WorkbenchViewModel[] holder = new WorkbenchViewModel[1];
        // the user presses Cancel as soon as the work is handed to the background
        BackgroundRunner cancelAtOnce = new BackgroundRunner() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> ok, Consumer<Throwable> err) {
                holder[0].cancel();
                BackgroundRunner.direct().submit(work, ok, err);
            }

            @Override
            public void toUi(Runnable update) {
                update.run();
            }
        };
        WorkbenchViewModel vm = new WorkbenchViewModel(cancelAtOnce, Debouncer.immediate());
        holder[0] = vm;
        List<String> errors = new ArrayList<>();
        vm.session().addErrorListener(errors::add);
        vm.open(dir, false);
        int revision = vm.session().revision();
        vm.ingestSample();
        assertEquals(4, vm.session().corpus().sources().size());
        assertEquals(revision, vm.session().revision());
        assertFalse(vm.busyProperty().get());
        assertEquals("Cancelled; the workspace is as it was", vm.statusProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
