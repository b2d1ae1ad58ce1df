package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    @Test
    void resultsComeBackInInputOrder() {
        for (int n : new int[] {1, 5, 63, 64, 65, 1000, 10_007}) {
            List<Integer> expected = IntStream.range(0, n).map(i -> i * 3).boxed().toList();
            assertEquals(expected, InOrder.map(n, i -> i * 3), "n = " + n);
        }
    }

    @Test
    void chunksCoverEveryItemOnceInOrder() {
        int n = 5_003;
        List<int[]> ranges = InOrder.chunks(n, (from, to) -> new int[] {from, to});
        assertTrue(ranges.size() > 1, "a large input is split");
        int next = 0;
        for (int[] r : ranges) {
            assertEquals(next, r[0]);
            assertTrue(r[1] > r[0]);
            next = r[1];
        }
        assertEquals(n, next);
    }

    @Test
    void emptyInputGivesNothingAndRunsNothing() {
        List<Integer> calls = new ArrayList<>();
        assertEquals(List.of(), InOrder.map(0, i -> {
            calls.add(i);
            return i;
        }));
        assertEquals(List.of(), InOrder.chunks(0, (from, to) -> {
            calls.add(from);
            return from;
        }));
        assertEquals(List.of(), calls);
    }

    @Test
    void anExceptionInTheWorkReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InOrder.map(10_000, i -> {
            if (i == 7_777) {
                throw new IllegalStateException("item 7777 failed");
            }
            return i;
        }));
        assertTrue(causes(e).contains("item 7777 failed"), causes(e));
    }

    /** The messages of the exception and its causes (the pool may rethrow a copy wrapping the original). */
    private static String causes(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(c.getMessage()).append(" / ");
        }
        return out.toString();
    }
}
