package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Progress;
import org.filmlens.storage.FileTrees;
import org.filmlens.workspace.IngestReport;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;

/**
 * Whole ingest (split, clean, quotes, linking, characters, index, save) through {@link Workspace#ingest} against
 * the plain-Lucene floor of the same files. Each side runs in its own JVM (bench/run.sh), after a warm-up on the
 * bundled sample, so that its peak heap and resident memory are its own.
 */
final class IngestBenchmark {
    static final Path SAMPLE = Path.of("samples/her-2013/her-2013-web-pages.txt");

    private IngestBenchmark() {}

    static void floor(String label, CorpusFiles corpus, Results results) throws IOException {
        Path tmp = Files.createTempDirectory("filmlens-floor");
        try {
            LuceneFloor.index(CorpusFiles.of(SAMPLE.getParent()), tmp.resolve("warm-up"));
            long docs;
            long t0;
            long t1;
            try (HeapWatch heap = HeapWatch.start()) {
                long c0 = CpuClock.processNanos();
                t0 = System.nanoTime();
                docs = LuceneFloor.index(corpus, tmp.resolve("index"));
                t1 = System.nanoTime();
                record(results, label + ".floor", corpus, (t1 - t0) / 1e9, (CpuClock.processNanos() - c0) / 1e9,
                        heap);
            }
            results.put(label + ".floor.docs", docs);
        } finally {
            FileTrees.deleteQuietly(tmp);
        }
    }

    static void ingest(String label, CorpusFiles corpus, Path workspaceDir, Results results) throws IOException {
        Path warmUp = Files.createTempDirectory("filmlens-warm-up");
        try (Workspace ws = Workspace.open(warmUp)) {
            ws.ingest(List.of(SAMPLE), Progress.NONE);
        } catch (WorkspaceException e) {
            throw new IOException("warm-up ingest of the sample failed: " + e.getMessage(), e);
        } finally {
            FileTrees.deleteQuietly(warmUp);
        }
        FileTrees.deleteQuietly(workspaceDir);
        StepClock steps = new StepClock();
        try (HeapWatch heap = HeapWatch.start(); Workspace ws = Workspace.open(workspaceDir)) {
            long c0 = CpuClock.processNanos();
            long t0 = System.nanoTime();
            IngestReport report = ws.ingest(List.of(corpus.folder()), steps);
            long t1 = System.nanoTime();
            steps.stop();
            record(results, label + ".ingest", corpus, (t1 - t0) / 1e9, (CpuClock.processNanos() - c0) / 1e9, heap);
            results.put(label + ".ingest.sources", report.sources());
            results.put(label + ".ingest.passages", report.passages());
            results.put(label + ".ingest.quotes", report.quotes());
            results.put(label + ".ingest.characters", report.characters());
            results.put(label + ".ingest.steps", steps.breakdown());
        } catch (OutOfMemoryError e) {
            results.put(label + ".ingest.failed", "OutOfMemoryError with -Xmx" + maxHeapMb() + "m");
        } catch (WorkspaceException e) {
            results.put(label + ".ingest.failed", e.getMessage());
        }
    }

    /**
     * Reading, cleaning and indexing the passages without the analysis (quotes, cast, scenes, ending): the search
     * index of a corpus too large for the whole ingest in the time or heap available, labelled as such.
     */
    static void passagesOnly(String label, CorpusFiles corpus, Path indexDir, Results results) throws IOException {
        FileTrees.deleteQuietly(indexDir);
        try (HeapWatch heap = HeapWatch.start()) {
            long c0 = CpuClock.processNanos();
            long t0 = System.nanoTime();
            org.filmlens.corpus.Corpus c = new org.filmlens.ingest.Ingester().ingest(
                    org.filmlens.corpus.Film.unknown(), List.of(corpus.folder()), Progress.NONE);
            double read = (System.nanoTime() - t0) / 1e9;
            org.filmlens.index.LuceneSearchIndex.build(indexDir, c, org.filmlens.corpus.Analysis.empty(), "bench");
            record(results, label + ".passagesOnly", corpus, (System.nanoTime() - t0) / 1e9,
                    (CpuClock.processNanos() - c0) / 1e9, heap);
            results.put(label + ".passagesOnly.readSeconds", read);
            results.put(label + ".passagesOnly.passages", c.passages().size());
        } catch (org.filmlens.ingest.IngestException e) {
            results.put(label + ".passagesOnly.failed", e.getMessage());
        }
    }

    private static void record(Results results, String key, CorpusFiles corpus, double seconds, double cpuSeconds,
                               HeapWatch heap) {
        results.put(key + ".megabytes", corpus.megabytes());
        results.put(key + ".seconds", seconds);
        results.put(key + ".cpuSeconds", cpuSeconds);
        results.put(key + ".mbps", corpus.megabytes() / seconds);
        results.put(key + ".heapMaxUsedMb", heap.maxUsedMb());
        results.put(key + ".heapMaxLiveMb", heap.maxLiveAfterGcMb());
        results.put(key + ".xmxMb", maxHeapMb());
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
