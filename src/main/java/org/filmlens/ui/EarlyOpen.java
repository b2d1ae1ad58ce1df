package org.filmlens.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.filmlens.workspace.Workspace;

/**
 * The workspace the window is about to show, opened on a thread of its own (its corpus read, then its analysis on
 * another thread: {@link Workspace#openCorpusFirst}) while the JavaFX toolkit starts and the window is built: on two
 * cores that half second is otherwise spent with one core idle, and the window can show the sources as soon as it is
 * up. Which folder that is may depend on the user's preferences (the workspace shown last time), whose first read is
 * slow (Java's preferences set up their store and parse XML), so it is decided on that thread too, not before the
 * toolkit can start.
 */
final class EarlyOpen {
    private static volatile EarlyOpen started;
    private final CompletableFuture<Path> dir = new CompletableFuture<>();
    private final CompletableFuture<Workspace> opened = new CompletableFuture<>();

    private EarlyOpen() {}

    /**
     * Starts deciding, with {@code which}, the folder the window will show, then opening it, for the window that
     * is about to start; then runs {@code afterwards} on the same thread (work that the window does not wait for).
     */
    static void start(Supplier<Path> which, Runnable afterwards) {
        EarlyOpen early = new EarlyOpen();
        Thread t = new Thread(() -> {
            early.run(which);
            afterwards.run();
        }, "filmlens-early-open");
        t.setDaemon(true);
        started = early;
        t.start();
    }

    private void run(Supplier<Path> which) {
        Path folder;
        try {
            folder = which.get();
        } catch (RuntimeException | LinkageError | VirtualMachineError e) {
            // an OutOfMemoryError too: uncaught it would end this thread and leave the window waiting for ever
            dir.completeExceptionally(e);
            opened.completeExceptionally(e);
            return;
        }
        dir.complete(folder);
        try {
            Workspace ws = Workspace.openCorpusFirst(folder);
            StartupTiming.mark("corpus read");
            if (StartupTiming.enabled()) {
                ws.analysisRead().whenComplete((read, failed) -> StartupTiming.mark("analysis read"));
            }
            opened.complete(ws);
        } catch (Exception | LinkageError | VirtualMachineError e) { // as above: the window's task waits on it
            opened.completeExceptionally(e);
        }
    }

    /**
     * How to open {@code folder} (called in the background): take the early open if one was started for it (taken
     * once: a later open of the same folder opens it again), else open it now.
     */
    static Callable<Workspace> opening(Path folder) {
        EarlyOpen early = started;
        if (early == null) {
            return () -> Workspace.openCorpusFirst(folder);
        }
        started = null;
        return () -> early.take(folder);
    }

    private Workspace take(Path folder) throws Exception {
        Path earlyDir;
        try {
            earlyDir = dir.get();
        } catch (ExecutionException e) {
            return Workspace.openCorpusFirst(folder); // could not tell which folder: open the one asked for
        }
        if (!earlyDir.equals(folder)) {
            opened.thenAccept(EarlyOpen::closeQuietly); // another folder after all: let the early one go
            return Workspace.openCorpusFirst(folder);
        }
        try {
            return opened.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void closeQuietly(Workspace ws) {
        try {
            ws.close();
        } catch (Exception e) {
            // nobody shows it: nothing to report
        }
    }
}
