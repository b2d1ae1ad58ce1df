package org.filmlens.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.work.Pools;
import org.filmlens.corpus.work.TaskResult;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.FileTrees;

/**
 * Saves what an ingest makes as soon as each part of it is known, so that saving overlaps the analysis instead of
 * following it: corpus.json is written while the quotes are found, the search index (which holds passages and
 * quotes only) is built while the cast, scenes and ending are worked out, and analysis.json is written a section at
 * a time as each stage finishes ({@link AnalysisFileInParts}). Nothing replaces the workspace's files before {@link #commit}, which swaps them in the order a
 * crash can be repaired from (each carries the generation); closing an uncommitted saver stops its work and deletes
 * what it wrote, so a failed or cancelled ingest leaves the workspace as it was.
 */
final class IngestSaver implements AnalysisPipeline.Findings, AutoCloseable {
    /** Something to run once everything is written and before the index folder is swapped. */
    @FunctionalInterface
    interface BeforeSwap {
        void run() throws IOException;
    }

    /** Another process holds the swap lock only to rename one file; longer means it is stuck. */
    private static final Duration SWAP_WAIT = Duration.ofSeconds(30);

    private final Path dir;
    private final String generation;
    private final Path indexDir;
    private final Path building;
    private final Path retired;
    /** One thread for each background write; the index build adds its own part threads. */
    private final ExecutorService background = Executors.newFixedThreadPool(3, IngestSaver::thread);
    private final AnalysisFileInParts analysisParts;
    private final Corpus corpus;
    /** The workspace's corpus before this ingest and its generation, whose index the new one may carry over. */
    private final Corpus before;
    private final String generationBefore;
    private final Future<AtomicFiles.Staged> corpusFile;
    private final Future<AtomicFiles.Staged> analysisInParts;
    private Future<Void> index;
    private AtomicFiles.Staged analysisFile;
    private boolean committed;
    private FileStamp analysisStamp;

    /**
     * Starts writing corpus.json beside the current one, and analysis.json as its sections come; {@code before} is
     * the corpus the workspace's index was built for, of {@code generationBefore}.
     */
    IngestSaver(Path dir, String generation, Corpus corpus, Corpus before, String generationBefore) {
        this.dir = dir;
        this.generation = generation;
        this.corpus = corpus;
        this.before = before;
        this.generationBefore = generationBefore;
        this.indexDir = dir.resolve(LuceneSearchIndex.FOLDER);
        this.building = dir.resolve(LuceneSearchIndex.FOLDER + ".building");
        this.retired = dir.resolve(LuceneSearchIndex.FOLDER + ".old");
        corpusFile = background.submit(() -> CorpusJson.stage(dir.resolve(WorkspaceFiles.CORPUS_FILE), generation,
                corpus));
        analysisParts = new AnalysisFileInParts(dir.resolve(WorkspaceFiles.ANALYSIS_FILE), generation);
        analysisInParts = background.submit(analysisParts::write);
    }

    /**
     * Starts building the search index into a folder of its own: it needs nothing the later stages make. When the
     * ingest only adds sources, the old index's passages are carried over (it is read, never written, and closed
     * before {@link #commit} swaps the folders).
     */
    @Override
    public void quotes(List<Quote> quotes) {
        analysisParts.quotes(quotes);
        Analysis indexed = new Analysis(quotes, List.of(), List.of(), List.of());
        LuceneSearchIndex.Previous previous = new LuceneSearchIndex.Previous(indexDir, before, generationBefore);
        index = background.submit(() -> {
            FileTrees.deleteQuietly(building);
            LuceneSearchIndex.build(building, corpus, indexed, generation, previous);
            return null;
        });
    }

    @Override
    public void cast(List<FilmCharacter> cast) {
        analysisParts.cast(cast);
    }

    /** Finishes analysis.json (written whole, on the calling thread, if its sections were not the final ones). */
    void analysisReady(Analysis analysis) throws IOException {
        if (analysisParts.finish(analysis)) {
            analysisFile = result(analysisInParts);
            return;
        }
        analysisParts.abandon();
        analysisFile = AnalysisJson.stage(dir.resolve(WorkspaceFiles.ANALYSIS_FILE), generation, analysis);
    }

    /**
     * Waits for the background work, then replaces analysis.json, corpus.json and the index folder, in that order
     * (as an ingest always has: an index of another generation is rebuilt when opened).
     */
    void commit(BeforeSwap beforeSwap) throws IOException {
        AtomicFiles.Staged corpus = result(corpusFile);
        try (corpus) {
            result(index);
            Path corpusPath = dir.resolve(WorkspaceFiles.CORPUS_FILE);
            try (FileLocks.Held swapping = FileLocks.acquire(CorpusJson.swapLock(corpusPath), SWAP_WAIT)) {
                analysisFile.commit();
                corpus.commit();
                analysisStamp = stampOfAnalysis();
            }
        }
        beforeSwap.run();
        FileTrees.deleteQuietly(retired);
        if (Files.exists(indexDir)) {
            Files.move(indexDir, retired);
        }
        Files.move(building, indexDir);
        committed = true;
        FileTrees.deleteQuietly(retired);
    }

    /** analysis.json as the commit renamed it in, for {@link WorkspaceFiles#noteAnalysisOnDisk}; null if unknown. */
    FileStamp analysisStamp() {
        return analysisStamp;
    }

    /**
     * Taken under the lock every commit of analysis.json takes, so it is the file this ingest wrote; null when it
     * cannot be had, which only means the first edit writes the whole file (the commit has succeeded).
     */
    private FileStamp stampOfAnalysis() {
        try {
            return FileStamp.of(dir.resolve(WorkspaceFiles.ANALYSIS_FILE));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Stops the index build and waits for the background work to end, also when this thread is interrupted (a
     * cancel); without a commit, then deletes everything this saver wrote. corpus.json is left to finish (a few
     * seconds at most), since only a finished write can be deleted.
     */
    @Override
    public void close() {
        if (!committed) {
            analysisParts.abandon();
            if (index != null) {
                index.cancel(true);
            }
        }
        background.shutdown();
        Pools.awaitEnded(background);
        if (!committed) {
            deleteQuietly(analysisFile);
            for (Future<AtomicFiles.Staged> written : List.of(corpusFile, analysisInParts)) {
                if (written.isDone()) {
                    try {
                        deleteQuietly(written.get());
                    } catch (InterruptedException | ExecutionException e) {
                        // nothing was staged
                    }
                }
            }
            FileTrees.deleteQuietly(building);
        }
    }

    private static void deleteQuietly(AtomicFiles.Staged staged) {
        if (staged == null) {
            return;
        }
        try {
            staged.close();
        } catch (IOException e) {
            // a leftover temp file beside the workspace's files is only disk space
        }
    }

    private static <T> T result(Future<T> task) throws IOException {
        try {
            return TaskResult.await(task, IOException.class, IOException::new);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving", e);
        } catch (CancellationException e) {
            throw new IOException("saving was stopped", e);
        }
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(r, "filmlens-ingest-save");
        t.setDaemon(true);
        return t;
    }
}
