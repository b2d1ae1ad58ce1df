package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Independent work over items 0 .. n-1 (passages, mostly) run on all cores, the results handed back in input order,
 * so that what the analysis builds from them never depends on the threads. The items are cut into contiguous chunks
 * on the common fork-join pool; an exception thrown by the work is thrown again to the caller.
 */
final class InOrder {
    /** Fewer items than this per chunk cost more in hand-over than they save. */
    private static final int MIN_CHUNK = 64;
    /** Chunks per core: enough to even out the cores when some passages take much longer than others. */
    private static final int CHUNKS_PER_CORE = 8;

    /** The work on one contiguous range of items, {@code from} inclusive, {@code to} exclusive. */
    interface RangeTask<R> {
        R apply(int from, int to);
    }

    private InOrder() {
    }

    /** {@code task} applied to each of 0 .. n-1; the results in index order. */
    static <R> List<R> map(int n, IntFunction<R> task) {
        List<R> out = new ArrayList<>(n);
        for (List<R> chunk : chunks(n, (from, to) -> {
            List<R> part = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                part.add(task.apply(i));
            }
            return part;
        })) {
            out.addAll(chunk);
        }
        return out;
    }

    /**
     * {@code task} applied to contiguous ranges that together cover 0 .. n-1 once, in order; one result per range, in
     * range order (none when n is 0). For work that gathers per range (counts, findings) and is then merged.
     */
    static <R> List<R> chunks(int n, RangeTask<R> task) {
        if (n <= 0) {
            return List.of();
        }
        int count = Math.min((n + MIN_CHUNK - 1) / MIN_CHUNK,
                CHUNKS_PER_CORE * Runtime.getRuntime().availableProcessors());
        if (count <= 1) {
            return List.of(task.apply(0, n));
        }
        return IntStream.range(0, count).parallel()
                .mapToObj(c -> task.apply((int) ((long) c * n / count), (int) ((long) (c + 1) * n / count)))
                .toList();
    }
}
