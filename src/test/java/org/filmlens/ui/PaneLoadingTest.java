package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pane says it is loading from the start of its latest load to that load's end, whichever revision it read. */
class PaneLoadingTest {
    @TempDir
    Path dir;
    private final QuoteFilterInBackgroundTest.HeldRunner runner = new QuoteFilterInBackgroundTest.HeldRunner();
    private final WorkspaceSession session = new WorkspaceSession();
    private final List<String> errors = new ArrayList<>();

    /** Shows the workspace's revision it read; fails when asked to. */
    private static final class Pane extends PaneViewModel {
        final List<Integer> shown = new ArrayList<>();
        boolean fail;

        Pane(WorkspaceSession session, BackgroundRunner runner) {
            super(session, runner);
        }

        @Override
        protected Read<?> read() {
            int revision = session.revision();
            boolean failing = fail;
            return new Read<>(ws -> {
                if (failing) {
                    throw new IllegalStateException("could not read");
                }
                return revision;
            }, shown::add);
        }
    }

    private Pane shownPane(Workspace ws) {
        session.addErrorListener(errors::add);
        session.publish(ws, ws.corpus(), true);
        Pane pane = new Pane(session, runner);
        pane.activate();
        return pane;
    }

    @Test
    void aLoadOvertakenByANewerOneLeavesTheLoadingToIt() throws Exception {
        InventedFilm.writeTo(dir);
        try (Workspace ws = Workspace.open(dir)) {
            Pane pane = shownPane(ws);
            Runnable first = runner.setAside();
            session.publish(ws, ws.corpus(), true); // revision 2: the pane loads again
            first.run();
            assertTrue(pane.loadingProperty().get(), "the newer load is still under way");
            assertTrue(pane.shown.isEmpty(), "revision 1's result is dropped");
            runner.runAll();
            assertFalse(pane.loadingProperty().get());
            assertEquals(List.of(2), pane.shown);
        }
    }

    @Test
    void aLoadOfAReplacedRevisionEndsTheLoadingOfAHiddenPane() throws Exception {
        InventedFilm.writeTo(dir);
        try (Workspace ws = Workspace.open(dir)) {
            Pane pane = shownPane(ws);
            pane.setShown(false);
            session.publish(ws, ws.corpus(), true); // a hidden pane only notes it is out of date
            runner.runAll();
            assertFalse(pane.loadingProperty().get(), "nothing is loading");
            assertTrue(pane.shown.isEmpty());
            pane.setShown(true);
            runner.runAll();
            assertEquals(List.of(2), pane.shown);
        }
    }

    @Test
    void aFailureOfAReplacedRevisionIsNotReported() throws Exception {
        InventedFilm.writeTo(dir);
        try (Workspace ws = Workspace.open(dir)) {
            Pane pane = new Pane(session, runner);
            pane.fail = true;
            session.addErrorListener(errors::add);
            session.publish(ws, ws.corpus(), true);
            pane.activate();
            Runnable failing = runner.setAside();
            pane.fail = false;
            session.publish(ws, ws.corpus(), true);
            failing.run();
            runner.runAll();
            assertTrue(errors.isEmpty(), errors.toString());
            assertFalse(pane.loadingProperty().get());
            assertEquals(List.of(2), pane.shown);
        }
    }
}
