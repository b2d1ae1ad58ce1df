package org.filmlens.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view models run work that may be slow (every Workspace call): off the FX thread, with the result
 * delivered back on it. Tests inject {@link #direct()}, which runs everything on the calling thread.
 */
public interface BackgroundRunner {
    /** Runs {@code work} in the background; then exactly one of the callbacks runs on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /** Runs a small UI update (progress, say) on the UI thread; callable from any thread. */
    void toUi(Runnable update);

    /** Runs work and callbacks on the calling thread: for tests of view models without the toolkit. */
    static BackgroundRunner direct() {
        return new BackgroundRunner() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | LinkageError | VirtualMachineError e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void toUi(Runnable update) {
                update.run();
            }
        };
    }
}
