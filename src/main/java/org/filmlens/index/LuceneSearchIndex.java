package org.filmlens.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

/**
 * The Lucene index of one workspace. PLACEHOLDER until the index work lands: finds nothing.
 */
public final class LuceneSearchIndex implements SearchService {
    /** The index folder's name carries the schema version: a schema change rebuilds instead of misreading. */
    public static final String FOLDER = "index-v1";

    private final String generation;

    private LuceneSearchIndex(String generation) {
        this.generation = generation;
    }

    /** Builds a fresh index of this corpus into {@code indexDir} (which must not exist yet). */
    public static void build(Path indexDir, Corpus corpus, Analysis analysis, String generation) throws IOException {
        Files.createDirectories(indexDir);
        Files.writeString(indexDir.resolve("generation"), generation);
    }

    /** Opens an index built by {@link #build}; fails with IOException when it is missing, locked or damaged. */
    public static LuceneSearchIndex open(Path indexDir) throws IOException {
        return new LuceneSearchIndex(Files.readString(indexDir.resolve("generation")));
    }

    /** The corpus generation the index was built from; a mismatch with the corpus means "rebuild". */
    public String generation() {
        return generation;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return new SearchResults(request.query(), 0, 0, List.of());
    }

    @Override
    public void close() {
        // placeholder
    }
}
