package org.filmlens.corpus.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Ending the thread pools that run parts of an ingest. */
public final class Pools {
    private Pools() {}

    /**
     * Waits until every task of a pool that was shut down has ended, also when the waiting thread is interrupted
     * (a cancel): files the tasks write can only be deleted once they are no longer being written. The interrupt
     * is kept for the caller.
     */
    public static void awaitEnded(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
