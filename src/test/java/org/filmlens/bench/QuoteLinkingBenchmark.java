package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.quotes.QuoteFinder;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;

/**
 * Quote extraction and linking ({@link QuoteFinder#find}) timed alone, on a corpus already in memory: the scaled
 * corpora as ingested, and synthetic corpora of a chosen number of occurrences. A run that has not finished after
 * {@link #LIMIT_SECONDS} is recorded as such rather than waited for.
 */
final class QuoteLinkingBenchmark {
    static final long LIMIT_SECONDS = 600;

    private QuoteLinkingBenchmark() {}

    static void synthetic(int occurrences, Results results) {
        String key = "quotes.synthetic." + occurrences;
        QuoteFinder finder = new QuoteFinder();
        finder.find(SyntheticQuotes.withOccurrences(1_000, 1), Progress.NONE);
        Corpus corpus = SyntheticQuotes.withOccurrences(occurrences, 42);
        results.put(key + ".passages", corpus.passages().size());
        results.put(key + ".megabytes", corpus.sources().stream().mapToLong(s -> s.text().length()).sum() / 1e6);
        time(key, corpus, results);
    }

    static void onWorkspace(String label, Path workspaceDir, Results results) throws IOException {
        Corpus corpus;
        try (Workspace ws = Workspace.open(workspaceDir)) {
            corpus = ws.corpus();
        } catch (WorkspaceException e) {
            throw new IOException(e.getMessage(), e);
        }
        new QuoteFinder().find(SyntheticQuotes.withOccurrences(1_000, 1), Progress.NONE);
        time(label + ".quotes", corpus, results);
    }

    private static void time(String key, Corpus corpus, Results results) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quote-linking-benchmark");
            t.setDaemon(true);
            return t;
        });
        try (HeapWatch heap = HeapWatch.start()) {
            long c0 = CpuClock.processNanos();
            long t0 = System.nanoTime();
            Future<List<Quote>> run = worker.submit(() -> new QuoteFinder().find(corpus, Progress.NONE));
            List<Quote> quotes = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            results.put(key + ".cpuSeconds", (CpuClock.processNanos() - c0) / 1e9);
            long found = quotes.stream().mapToLong(q -> q.occurrences().size()).sum();
            results.put(key + ".seconds", seconds);
            results.put(key + ".found", found);
            results.put(key + ".canonical", quotes.size());
            results.put(key + ".heapMaxUsedMb", heap.maxUsedMb());
            results.put(key + ".heapMaxLiveMb", heap.maxLiveAfterGcMb());
        } catch (TimeoutException e) {
            results.put(key + ".failed", "not finished after " + LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            results.put(key + ".failed", String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            results.put(key + ".failed", "interrupted");
        } finally {
            worker.shutdownNow();
        }
    }
}
