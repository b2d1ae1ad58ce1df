package org.filmlens.corpus.work;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PoolsTest {
    @Test
    void anInterruptedWaitStillWaitsForTheTasksAndKeepsTheInterrupt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        pool.submit(() -> {
            started.countDown();
            long end = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // a write that does not stop at an interrupt
            }
            finished.set(true);
        });
        started.await();
        pool.shutdown();
        Thread.currentThread().interrupt();
        Pools.awaitEnded(pool);
        assertTrue(Thread.interrupted(), "the caller's interrupt is kept");
        assertTrue(finished.get(), "the task had ended");
        assertTrue(pool.isTerminated());
    }
}
