package org.filmlens.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of measurements. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** @param p from 0 to 100 */
    long at(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    double mean() {
        return Arrays.stream(sorted).average().orElse(0);
    }

    int count() {
        return sorted.length;
    }
}
