package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.work.TaskResult;

/**
 * Runs independent pieces of quote work on all cores and hands the results back in input order, so the output
 * never depends on how the threads were scheduled. Work is cut into chunks; each chunk gets its own scratch state
 * (a {@link ShingleIndex.Probe}, alignment buffers), so nothing mutable is shared between threads.
 */
final class Workers implements AutoCloseable {
    /** Items per chunk at most: small enough to balance two cores, large enough to keep the hand-over cheap. */
    private static final int MAX_CHUNK = 512;
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Work on item {@code i} with the chunk's scratch state. */
    interface Task<S, R> {
        R apply(S scratch, int i);
    }

    private final int threads;
    private final ExecutorService executor;
    private final Progress progress;

    Workers(Progress progress) {
        this(Runtime.getRuntime().availableProcessors(), progress);
    }

    Workers(int threads, Progress progress) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
        if (this.threads == 1) {
            executor = null;
        } else {
            int pool = POOLS.incrementAndGet();
            AtomicInteger thread = new AtomicInteger();
            executor = Executors.newFixedThreadPool(this.threads, r -> {
                Thread t = new Thread(r, "filmlens-quotes-" + pool + "-" + thread.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** {@code task} applied to 0 .. n-1; the results in index order. */
    <R> List<R> map(int n, java.util.function.IntFunction<R> task) {
        return map(n, () -> null, (Object none, int i) -> task.apply(i));
    }

    /** {@code task} applied to 0 .. n-1, each chunk with fresh scratch state; the results in index order. */
    <S, R> List<R> map(int n, Supplier<S> scratch, Task<S, R> task) {
        if (executor == null || n <= 1) {
            progress.checkCancelled();
            return chunk(0, n, scratch, task);
        }
        int size = Math.max(1, Math.min(MAX_CHUNK, (n + threads * 8 - 1) / (threads * 8)));
        List<Future<List<R>>> chunks = new ArrayList<>();
        for (int from = 0; from < n; from += size) {
            int start = from;
            int end = Math.min(n, from + size);
            chunks.add(executor.submit(() -> {
                progress.checkCancelled();
                return chunk(start, end, scratch, task);
            }));
        }
        List<R> out = new ArrayList<>(n);
        try {
            for (Future<List<R>> f : chunks) {
                out.addAll(TaskResult.await(f, RuntimeException.class, IllegalStateException::new));
            }
        } catch (InterruptedException e) {
            chunks.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (RuntimeException | Error e) {
            chunks.forEach(f -> f.cancel(true));
            throw e;
        }
        return out;
    }

    private static <S, R> List<R> chunk(int from, int to, Supplier<S> scratch, Task<S, R> task) {
        S s = scratch.get();
        List<R> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(task.apply(s, i));
        }
        return out;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
