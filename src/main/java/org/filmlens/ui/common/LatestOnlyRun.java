package org.filmlens.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work the user asks for again and again (a filter while typing): one run at a time in the background; requests
 * made while one runs coalesce into the latest, which runs next; a result is shown only if nothing newer was asked
 * for meanwhile, so a stale result never overwrites a newer one. Use from the UI thread only.
 */
public final class LatestOnlyRun<T> {
    private final BackgroundRunner runner;
    private final Consumer<? super T> show;
    private final Consumer<Throwable> onError;
    private boolean running;
    private Callable<T> next;

    public LatestOnlyRun(BackgroundRunner runner, Consumer<? super T> show, Consumer<Throwable> onError) {
        this.runner = runner;
        this.show = show;
        this.onError = onError;
    }

    public void request(Callable<T> work) {
        if (running) {
            next = work;
        } else {
            start(work);
        }
    }

    private void start(Callable<T> work) {
        running = true;
        runner.submit(work, result -> finished(() -> show.accept(result)), error -> finished(() -> onError.accept(error)));
    }

    private void finished(Runnable outcome) {
        running = false;
        Callable<T> newer = next;
        next = null;
        if (newer == null) {
            outcome.run();
        } else {
            start(newer);
        }
    }
}
