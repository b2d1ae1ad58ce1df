package org.filmlens.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The production runner: a small pool of named daemon threads, results handed to the FX thread. Work is never
 * interrupted (an interrupt can close Lucene's file channels); long work is cancelled through its Progress.
 */
public final class PooledBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private final ExecutorService pool;

    public PooledBackgroundRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "filmlens-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | LinkageError | VirtualMachineError e) {
                // an OutOfMemoryError too: uncaught it would end this thread silently and leave the window waiting
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void toUi(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
