package org.filmlens.ingest;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The "passes until nothing changes" loop of the neighbour rules: marking a line as debris can put its neighbour
 * next to debris, so a rule sweeps the lines again, in order, while the last sweep marked something, at most a
 * fixed number of times. What a rule asks of a line itself (its words, shape, relatedness) does not change while
 * lines are marked, so it is asked once, before the first sweep, and the sweeps visit only the lines that passed.
 */
final class Sweeps {
    private Sweeps() {
    }

    /** The indices in [0, size) that pass the test, in order. */
    static int[] candidates(int size, IntPredicate test) {
        int[] out = new int[Math.min(size, 16)];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (test.test(i)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, Math.max(16, n * 2));
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Sweeps the candidates in order, again while a sweep marked one, at most {@code maxPasses} times.
     *
     * @param mark marks candidate {@code i} when its neighbours now make it debris; says whether it did
     */
    static void untilStable(int maxPasses, int[] candidates, IntPredicate mark) {
        boolean changed = true;
        for (int pass = 0; pass < maxPasses && changed; pass++) {
            changed = false;
            for (int i : candidates) {
                changed |= mark.test(i);
            }
        }
    }
}
