package org.filmlens.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.work.TaskResult;

/**
 * Reads and cleans the input files on all cores: each file is independent of the others (its statistics are its
 * own), so only the order of the results matters, and it is the order of the files. Ids are assigned afterwards,
 * in that order, so the same input still gives the same ids.
 */
final class ParallelReader {
    /** Reads and cleans one file into its pages; adds the warnings it raises to the list it is given. */
    interface FileParser {
        List<CleanPage> parse(Path file, List<String> warnings) throws IngestException;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private ParallelReader() {
    }

    static List<ParsedFile> readAll(List<Path> files, Progress progress, FileParser parser) throws IngestException {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger done = new AtomicInteger();
        if (threads == 1) {
            List<ParsedFile> out = new ArrayList<>(files.size());
            for (Path file : files) {
                out.add(readOne(file, files.size(), progress, parser, done));
            }
            return out;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "filmlens-ingest-" + pool + "-reader-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParsedFile>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(executor.submit(() -> readOne(file, files.size(), progress, parser, done)));
            }
            List<ParsedFile> out = new ArrayList<>(files.size());
            for (Future<ParsedFile> f : futures) {
                out.add(await(f));
            }
            return out;
        } finally {
            executor.shutdownNow();
        }
    }

    private static ParsedFile readOne(Path file, int count, Progress progress, FileParser parser,
                                      AtomicInteger done) throws IngestException {
        progress.checkCancelled();
        List<String> warnings = new ArrayList<>();
        List<CleanPage> pages = parser.parse(file, warnings);
        int n = done.incrementAndGet();
        synchronized (progress) {
            progress.report("Reading " + file.getFileName(), (double) n / count);
        }
        return new ParsedFile(file, pages, warnings);
    }

    /** The file's result; its own failure (bad input, cancellation) is rethrown as it was. */
    private static ParsedFile await(Future<ParsedFile> f) throws IngestException {
        try {
            return TaskResult.await(f, IngestException.class, cause -> {
                throw new IllegalStateException(cause);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the input files");
        }
    }
}
