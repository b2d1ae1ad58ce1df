package org.filmlens.corpus.work;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The result of work handed to another thread, with what the work threw given back as it was thrown: the caller's
 * own checked exception, runtime exceptions and errors unchanged, anything else wrapped. Shared by the packages
 * that run work on several cores, so that a failure reads the same whichever thread it happened on.
 */
public final class TaskResult {
    private TaskResult() {}

    /**
     * Waits for {@code task}. Throws what it threw: an exception of type {@code checked} or an unchecked one as it
     * is; another checked exception through {@code wrap}. An interrupt of the waiting thread is the caller's to
     * handle.
     */
    public static <T, E extends Exception> T await(Future<T> task, Class<E> checked, Function<Throwable, E> wrap)
            throws E, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw wrap.apply(cause);
        }
    }
}
