package org.filmlens.ui;

import java.nio.file.Path;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Debouncer;

/** A window view model on the invented film, with a runner that runs everything on the calling thread. */
final class WorkbenchFixture {
    final InventedFilm film;
    final WorkbenchViewModel vm;
    final java.util.List<String> errors = new java.util.ArrayList<>();

    WorkbenchFixture(Path dir) throws Exception {
        film = InventedFilm.writeTo(dir);
        vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        vm.session().addErrorListener(errors::add);
        vm.open(dir, false);
    }
}
