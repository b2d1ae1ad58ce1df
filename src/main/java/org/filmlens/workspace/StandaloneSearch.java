package org.filmlens.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;

/**
 * A workspace's search index opened on its own, for a search from the command line: a search reads nothing else,
 * while opening the workspace reads its corpus and analysis first (at 100 MB, 740 MB of JSON and most of a minute
 * before the first hit). Only an index built from the corpus now on disk is opened this way; any other case is
 * {@link Workspace#open}'s, which reads the workspace and rebuilds the index.
 */
public final class StandaloneSearch implements AutoCloseable {
    private final Path indexDir;
    private final LuceneSearchIndex index;

    private StandaloneSearch(Path indexDir, LuceneSearchIndex index) {
        this.indexDir = indexDir;
        this.index = index;
    }

    /**
     * The index of the corpus in {@code dir}; empty when there is none to open as it is: no corpus, a corpus file of
     * an older format, no index or one that is damaged, locked, of an older schema or of another ingest.
     */
    public static Optional<StandaloneSearch> open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Optional<String> generation = new WorkspaceFiles(abs).corpusGeneration();
        if (generation.isEmpty()) {
            return Optional.empty();
        }
        Path indexDir = abs.resolve(LuceneSearchIndex.FOLDER);
        try {
            LuceneSearchIndex index = LuceneSearchIndex.open(indexDir);
            if (index.generation().equals(generation.get())) {
                return Optional.of(new StandaloneSearch(indexDir, index));
            }
            index.close();
        } catch (IOException e) {
            // not usable as it is: the workspace rebuilds it
        }
        return Optional.empty();
    }

    /**
     * Passages matching the query, best first, with highlighted fragments: what {@link Workspace#search} gives.
     *
     * @throws Damaged when the index fails the search: the workspace, opened, builds it again
     */
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, WorkspaceException {
        try {
            return index.search(request);
        } catch (IOException | RuntimeException e) {
            throw new Damaged(failed(indexDir, "search", e));
        }
    }

    /** Whether the index holds the source: an id no source has is told, not answered with no hits. */
    public boolean hasSource(String sourceId) throws WorkspaceException {
        try {
            return index.hasSource(sourceId);
        } catch (IOException | RuntimeException e) {
            throw new Damaged(failed(indexDir, "search", e));
        }
    }

    /** The index failed a search: a damaged file reads as garbage, on which Lucene throws whatever it runs into. */
    public static final class Damaged extends WorkspaceException {
        private Damaged(WorkspaceException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** How a failed search of the index in {@code indexDir} is told, the same from here and from a workspace. */
    static WorkspaceException failed(Path indexDir, String what, Exception e) {
        // a RuntimeException's own message may be empty or say nothing without its kind ("Index 12 out of bounds")
        String why = e instanceof IOException ? e.getMessage() : e.toString();
        return new WorkspaceException(indexDir + ": " + what + " failed (" + why + ")", e);
    }

    @Override
    public void close() throws WorkspaceException {
        try {
            index.close();
        } catch (IOException e) {
            throw new WorkspaceException(indexDir.getParent() + ": could not close the index (" + e.getMessage() + ")",
                    e);
        }
    }
}
