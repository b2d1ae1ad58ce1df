package org.filmlens.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.filmlens.workspace.Workspace;

/**
 * The workspace the window is about to show, opened (its corpus read, its index opened) on a thread of its own
 * while the JavaFX toolkit starts and the window is built: on two cores that half second is otherwise spent with
 * one core idle, and the window can show the sources as soon as it is up.
 */
final class EarlyOpen {
    private static volatile EarlyOpen started;
    private final Path dir;
    private final CompletableFuture<Workspace> opened = new CompletableFuture<>();

    private EarlyOpen(Path dir) {
        this.dir = dir;
    }

    /** Starts opening {@code dir} for the window that is about to start. */
    static void start(Path dir) {
        EarlyOpen early = new EarlyOpen(dir);
        Thread t = new Thread(() -> {
            try {
                Workspace ws = Workspace.open(dir);
                StartupTiming.mark("workspace read");
                early.opened.complete(ws);
            } catch (Exception | LinkageError e) {
                early.opened.completeExceptionally(e);
            }
        }, "filmlens-early-open");
        t.setDaemon(true);
        started = early;
        t.start();
    }

    /**
     * How to open {@code dir}: wait for the early open if one was started for it (taken once: a later open of the
     * same folder opens it again), else open it now.
     */
    static Callable<Workspace> opening(Path dir) {
        EarlyOpen early = started;
        if (early == null || !early.dir.equals(dir)) {
            return () -> Workspace.open(dir);
        }
        started = null;
        return () -> {
            try {
                return early.opened.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
