package org.filmlens.corpus;

/** Reports how far a long operation has got and lets its caller cancel it. */
public interface Progress {
    /** @param fraction from 0 to 1, or a negative number when unknown */
    void report(String step, double fraction);

    /** Long loops check this between steps and stop with {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }

    Progress NONE = (step, fraction) -> { };

    default void checkCancelled() {
        if (isCancelled()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
    }
}
