package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.filmlens.corpus.Progress;
import org.junit.jupiter.api.Test;

class WorkersTest {
    private static final String THREAD_PREFIX = "filmlens-quotes-";

    @Test
    void manyItemsComeBackInInputOrderWhateverTheThreadCount() {
        int n = 20_000; // many chunks, so threads finish out of order
        List<Long> expected = IntStream.range(0, n).mapToObj(WorkersTest::uneven).toList();
        for (int threads : new int[] {1, 2, 3, 8}) {
            try (Workers workers = new Workers(threads, Progress.NONE)) {
                assertEquals(expected, workers.map(n, WorkersTest::uneven), threads + " threads");
                assertEquals(expected, workers.map(n, () -> null, (Object none, int i) -> uneven(i)),
                        threads + " threads, with scratch");
            }
        }
    }

    @Test
    void oneItemAndNoItemsAreHandled() {
        for (int threads : new int[] {1, 2}) {
            try (Workers workers = new Workers(threads, Progress.NONE)) {
                assertEquals(List.of("0"), workers.map(1, Integer::toString));
                assertEquals(List.of(), workers.map(0, Integer::toString));
                assertEquals(List.of(), workers.map(0, StringBuilder::new, (sb, i) -> sb.append(i).toString()));
            }
        }
    }

    @Test
    void nullResultsKeepTheirPlace() {
        try (Workers workers = new Workers(2, Progress.NONE)) {
            List<String> out = workers.map(5_000, i -> i % 3 == 0 ? null : "x" + i);
            assertEquals(5_000, out.size());
            for (int i = 0; i < out.size(); i++) {
                assertEquals(i % 3 == 0 ? null : "x" + i, out.get(i));
            }
        }
    }

    @Test
    void scratchStateIsNeverSharedBetweenThreads() {
        Map<Object, Set<Thread>> threadsPerScratch = new ConcurrentHashMap<>();
        try (Workers workers = new Workers(4, Progress.NONE)) {
            List<Integer> out = workers.map(10_000, StringBuilder::new, (sb, i) -> {
                threadsPerScratch.computeIfAbsent(new Identity(sb), k -> ConcurrentHashMap.newKeySet())
                        .add(Thread.currentThread());
                sb.setLength(0);
                sb.append(i); // a shared builder would be overwritten by another thread here
                return Integer.parseInt(sb.toString());
            });
            assertEquals(IntStream.range(0, 10_000).boxed().toList(), out);
        }
        assertTrue(threadsPerScratch.size() > 1, "work was cut into chunks");
        threadsPerScratch.values().forEach(threads -> assertEquals(1, threads.size()));
    }

    @Test
    void aFailingTaskThrowsItsOwnExceptionAndThePoolStaysUsable() {
        try (Workers workers = new Workers(2, Progress.NONE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> workers.map(5_000, i -> {
                if (i == 3_777) {
                    throw new IllegalArgumentException("bad item " + i);
                }
                return i;
            }));
            assertEquals("bad item 3777", e.getMessage());
            assertEquals(List.of(0, 1, 2), workers.map(3, i -> i));
        }
        try (Workers single = new Workers(1, Progress.NONE)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> single.map(10, i -> { throw new IllegalStateException("item " + i); }));
            assertEquals("item 0", e.getMessage());
        }
    }

    @Test
    void anErrorFromATaskIsRethrownAsIs() {
        try (Workers workers = new Workers(2, Progress.NONE)) {
            AssertionError e = assertThrows(AssertionError.class, () -> workers.map(1_000, i -> {
                if (i == 999) {
                    throw new AssertionError("broken " + i);
                }
                return i;
            }));
            assertEquals("broken 999", e.getMessage());
        }
    }

    @Test
    void aCancelledProgressStopsTheWork() {
        Progress cancelled = new Progress() {
            @Override
            public void report(String step, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        for (int threads : new int[] {1, 2}) {
            try (Workers workers = new Workers(threads, cancelled)) {
                assertThrows(CancellationException.class, () -> workers.map(1_000, i -> i));
            }
        }
    }

    @Test
    void oneThreadRunsOnTheCallerAndStartsNoPool() {
        Set<Thread> before = poolThreads();
        try (Workers workers = new Workers(1, Progress.NONE)) {
            List<Thread> ran = workers.map(100, i -> Thread.currentThread());
            ran.forEach(t -> assertSame(Thread.currentThread(), t));
            // threads of an earlier test may still be ending, so only new pool threads count
            Set<Thread> started = poolThreads();
            started.removeAll(before);
            assertEquals(Set.of(), started);
        }
    }

    @Test
    void closingLeavesNoThreadsBehind() throws InterruptedException {
        Set<Thread> pool = ConcurrentHashMap.newKeySet();
        try (Workers workers = new Workers(3, Progress.NONE)) {
            pool.addAll(workers.map(3_000, i -> Thread.currentThread()));
            assertThrows(IllegalStateException.class, () -> workers.map(3_000, i -> {
                pool.add(Thread.currentThread());
                if (i == 1_500) {
                    throw new IllegalStateException("stop");
                }
                return i;
            }));
        }
        pool.remove(Thread.currentThread());
        assertFalse(pool.isEmpty(), "the pool ran the work");
        for (Thread t : pool) {
            assertTrue(t.getName().startsWith(THREAD_PREFIX) && t.isDaemon(), t.getName());
            t.join(60_000); // a liveness bound, not a speed check: a leaked thread would never end
            assertFalse(t.isAlive(), t.getName() + " still running after close");
        }
    }

    /** Work whose cost varies with i, so chunks finish out of order. */
    private static long uneven(int i) {
        long x = i;
        for (int k = 0; k < (i * 7919) % 300; k++) {
            x = x * 31 + k;
        }
        return x;
    }

    private static Set<Thread> poolThreads() {
        Set<Thread> out = ConcurrentHashMap.newKeySet();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(THREAD_PREFIX)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A key comparing by identity (StringBuilder has no value equality, but be explicit). */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
