package org.filmlens.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.filmlens.corpus.Progress;
import org.filmlens.ui.common.BackgroundRunner;

/**
 * The Progress an ingest reports to: called from the worker, it hands the latest step to the UI thread, at most one
 * pending update at a time (a fast loop of reports must not flood the FX event queue). Cancel sets a flag the
 * ingest checks between steps.
 */
final class IngestProgress implements Progress {
    private record Step(String step, double fraction) {}

    private final BackgroundRunner runner;
    private final BiConsumer<String, Double> onUi;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Step> latest = new AtomicReference<>();

    IngestProgress(BackgroundRunner runner, BiConsumer<String, Double> onUi) {
        this.runner = runner;
        this.onUi = onUi;
    }

    @Override
    public void report(String step, double fraction) {
        if (latest.getAndSet(new Step(step, fraction)) == null) {
            runner.toUi(() -> {
                Step s = latest.getAndSet(null);
                if (s != null) {
                    onUi.accept(s.step(), s.fraction());
                }
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }
}
