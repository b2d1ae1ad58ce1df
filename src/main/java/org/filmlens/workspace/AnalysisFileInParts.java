package org.filmlens.workspace;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Quote;
import org.filmlens.storage.AtomicFiles;

/**
 * analysis.json written a section at a time, each as soon as the pipeline has it: the quotes (over half the file)
 * and the cast while the scenes and the ending are worked out, the rest once they are done. The bytes are those
 * {@link AnalysisJson#stage} gives for the whole analysis (AnalysisFileInPartsTest compares them). {@link #write} blocks on a thread of its own until the last section arrives or
 * the file is {@linkplain #abandon abandoned}.
 */
final class AnalysisFileInParts {
    private final Path file;
    private final String generation;
    private final CompletableFuture<List<Quote>> quotes = new CompletableFuture<>();
    private final CompletableFuture<List<FilmCharacter>> cast = new CompletableFuture<>();
    private final CompletableFuture<Analysis> whole = new CompletableFuture<>();

    AnalysisFileInParts(Path file, String generation) {
        this.file = file;
        this.generation = generation;
    }

    void quotes(List<Quote> found) {
        quotes.complete(found);
    }

    void cast(List<FilmCharacter> found) {
        cast.complete(found);
    }

    /**
     * The finished analysis; false when its quotes or cast are not the lists already written (the caller then
     * abandons this file and writes the whole).
     */
    boolean finish(Analysis analysis) {
        if (quotes.getNow(null) != analysis.quotes() || cast.getNow(null) != analysis.characters()) {
            return false;
        }
        whole.complete(analysis);
        return true;
    }

    /** Stops the writing: {@link #write} fails and leaves no file. */
    void abandon() {
        CancellationException stop = new CancellationException("the analysis file was abandoned");
        quotes.completeExceptionally(stop);
        cast.completeExceptionally(stop);
        whole.completeExceptionally(stop);
    }

    /** Writes the file beside the current one as its sections arrive. */
    AtomicFiles.Staged write() throws IOException {
        return AnalysisJson.stage(file, generation, part -> switch (part) {
            case QUOTES -> await(quotes);
            case CHARACTERS -> await(cast);
            case SCENES -> await(whole).scenes();
            case ENDING -> await(whole).ending();
        });
    }

    private static <T> T await(CompletableFuture<T> section) throws IOException {
        try {
            return section.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while writing the analysis");
        } catch (CancellationException | ExecutionException e) {
            throw new IOException("the analysis file was abandoned", e);
        }
    }
}
