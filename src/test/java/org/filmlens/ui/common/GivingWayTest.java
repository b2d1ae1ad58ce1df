package org.filmlens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class GivingWayTest {
    @Test
    void theWorkAndThePoolsItStartsRunAtTheLowestPriorityAndTheThreadGetsItsOwnBack() throws Exception {
        Thread self = Thread.currentThread();
        int before = self.getPriority();
        int[] seen = GivingWay.call(() -> {
            // a thread factory as the import's pools have: a new thread, its priority inherited
            ExecutorService pool = Executors.newFixedThreadPool(1, r -> new Thread(r, "giving-way-test"));
            try {
                int inPool = pool.submit(() -> Thread.currentThread().getPriority()).get();
                return new int[] {self.getPriority(), inPool};
            } finally {
                pool.shutdown();
            }
        });
        assertEquals(Thread.MIN_PRIORITY, seen[0]);
        assertEquals(Thread.MIN_PRIORITY, seen[1]);
        assertEquals(before, self.getPriority());
    }

    @Test
    void thePriorityComesBackWhenTheWorkFails() {
        Thread self = Thread.currentThread();
        int before = self.getPriority();
        try {
            GivingWay.call(() -> {
                throw new IllegalStateException("failed");
            });
        } catch (Exception expected) {
            // the failure itself is the caller's business
        }
        assertEquals(before, self.getPriority());
    }
}
