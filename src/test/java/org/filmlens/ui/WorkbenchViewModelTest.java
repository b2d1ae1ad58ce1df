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
    void anEmptyWorkspaceIsShownAsEmptyAndNotFilledUnasked() {
        WorkbenchViewModel vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        vm.open(dir.resolve("new"), false);
        assertTrue(vm.emptyProperty().get());
        assertTrue(vm.session().corpus().isEmpty());
        assertTrue(vm.statusProperty().get().startsWith("Empty workspace"), vm.statusProperty().get());
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
