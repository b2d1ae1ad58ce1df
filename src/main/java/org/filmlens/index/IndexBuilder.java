package org.filmlens.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.filmlens.corpus.work.Pools;
import org.filmlens.corpus.work.TaskResult;
import org.filmlens.storage.FileTrees;

/**
 * Writes a whole index in one go: the only code that owns an IndexWriter. After an ingest that adds sources, the
 * old index's passages are carried over ({@link KeptPassages}) and only the documents after them are written.
 *
 * <p>A large corpus is cut into contiguous parts, one per core. The first part is written by the calling thread
 * into the index itself, each other part by a thread of its own into a folder of its own; then the parts' segments
 * are appended in order ({@link IndexWriter#addIndexes(Directory...)}, hard links, no copying). Documents thus keep
 * the numbers a single thread would give them, so ties in score break the same way whatever the core count. Each
 * writer has its own fields and a share of the RAM buffer; nothing is merged during a one-shot build, and segments
 * are written as plain files (a compound file would copy each segment once more).
 */
final class IndexBuilder {
    /** Shared by the parts' writers: large enough that a 100 MB corpus flushes only a few segments. */
    static final double RAM_BUFFER_MB = 128;
    /** Less indexing than this (characters, roughly) is not worth a thread of its own. */
    static final long MIN_PART_COST = 2_000_000;
    static final int MAX_PARTS = 4;
    /** Inside the index folder, so that deleting a half-built index deletes its parts too. */
    static final String PARTS_FOLDER = "parts";

    private IndexBuilder() {}

    /** As many parts as cores, as long as each part has enough to do: documents {@code from} on. */
    static int partsFor(IndexDocuments docs, int from) {
        long cost = 0;
        for (int i = from; i < docs.size(); i++) {
            cost += docs.cost(i);
        }
        int cores = Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
        return (int) Math.max(1, Math.min(cores, cost / MIN_PART_COST));
    }

    static void build(Path indexDir, IndexDocuments docs, String generation, Analyzer analyzer, int parts)
            throws IOException {
        build(indexDir, docs, generation, analyzer, parts, null);
    }

    /**
     * With {@code kept}, its documents are merged in first (on the calling thread, while the other parts are
     * written) and only the documents after them are analysed and written.
     */
    static void build(Path indexDir, IndexDocuments docs, String generation, Analyzer analyzer, int parts,
                      KeptPassages kept) throws IOException {
        int[] bounds = bounds(docs, kept == null ? 0 : kept.count(), parts);
        Path partsDir = indexDir.resolve(PARTS_FOLDER);
        try (Directory dir = new LinkingDirectory(FSDirectory.open(indexDir));
             IndexWriter writer = openWriter(indexDir, dir, config(analyzer, parts))) {
            ExecutorService others = parts > 1 ? Executors.newFixedThreadPool(parts - 1, IndexBuilder::thread) : null;
            try {
                List<Future<Path>> written = new ArrayList<>();
                for (int p = 1; p < parts; p++) {
                    Path partDir = partsDir.resolve(Integer.toString(p));
                    int from = bounds[p];
                    int to = bounds[p + 1];
                    written.add(others.submit(() -> writePart(partDir, docs, from, to, analyzer, parts)));
                }
                if (kept != null) {
                    kept.addTo(writer);
                }
                docs.writer(writer).write(bounds[0], bounds[1]);
                List<Path> partDirs = new ArrayList<>();
                for (Future<Path> f : written) {
                    partDirs.add(result(f));
                }
                append(writer, partDirs);
                writer.setLiveCommitData(Map.of(IndexSchema.GENERATION_KEY, generation,
                        IndexSchema.SCHEMA_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
                writer.commit();
            } catch (IOException | RuntimeException e) {
                // Lucene refuses to roll back on an interrupted thread: a stopped build clears the interrupt to
                // roll back in full, then gives it back to its caller
                boolean interrupted = Thread.interrupted();
                try {
                    writer.rollback();
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                throw e;
            } finally {
                stop(others);
            }
        } finally {
            FileTrees.deleteQuietly(partsDir);
        }
    }

    /** {@code bounds[p]} to {@code bounds[p + 1]} is part p: contiguous, of about equal cost. */
    static int[] bounds(IndexDocuments docs, int parts) {
        return bounds(docs, 0, parts);
    }

    /** The same for documents {@code from} on. */
    static int[] bounds(IndexDocuments docs, int from, int parts) {
        long total = 0;
        for (int i = from; i < docs.size(); i++) {
            total += docs.cost(i);
        }
        int[] bounds = new int[parts + 1];
        bounds[0] = from;
        bounds[parts] = docs.size();
        long sum = 0;
        int p = 1;
        for (int i = from; i < docs.size() && p < parts; i++) {
            sum += docs.cost(i);
            while (p < parts && sum * parts >= total * p) {
                bounds[p++] = i + 1;
            }
        }
        while (p < parts) {
            bounds[p++] = docs.size();
        }
        return bounds;
    }

    private static IndexWriterConfig config(Analyzer analyzer, int parts) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB / parts)
                .setCodec(new FilmlensCodec())
                .setMergePolicy(NoMergePolicy.INSTANCE)
                // the only merge is KeptPassages' addIndexes: on the calling thread, a cancel reaches it as an interrupt
                .setMergeScheduler(new SerialMergeScheduler())
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
    }

    private static IndexWriter openWriter(Path indexDir, Directory dir, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            throw new IOException(indexDir + ": the search index is locked: another process is writing it", e);
        }
    }

    private static Path writePart(Path partDir, IndexDocuments docs, int from, int to, Analyzer analyzer, int parts)
            throws IOException {
        Files.createDirectories(partDir);
        try (Directory dir = FSDirectory.open(partDir); IndexWriter writer = new IndexWriter(dir, config(analyzer, parts))) {
            docs.writer(writer).write(from, to);
            writer.commit();
        }
        return partDir;
    }

    /** The parts' segments after the index's own, in part order. */
    private static void append(IndexWriter writer, List<Path> partDirs) throws IOException {
        if (partDirs.isEmpty()) {
            return;
        }
        List<Directory> dirs = new ArrayList<>();
        try {
            for (Path p : partDirs) {
                dirs.add(FSDirectory.open(p));
            }
            writer.addIndexes(dirs.toArray(Directory[]::new));
        } finally {
            for (Directory d : dirs) {
                d.close();
            }
        }
    }

    private static Path result(Future<Path> part) throws IOException {
        try {
            return TaskResult.await(part, IOException.class, IOException::new);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the search index", e);
        }
    }

    /**
     * Stops the part threads and waits for them, so that no writer is left running in a folder being deleted; also
     * when this build was itself stopped by an interrupt (the parts stop at their next document).
     */
    private static void stop(ExecutorService others) {
        if (others == null) {
            return;
        }
        others.shutdownNow();
        Pools.awaitEnded(others);
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(r, "filmlens-index-part");
        t.setDaemon(true);
        return t;
    }

}
