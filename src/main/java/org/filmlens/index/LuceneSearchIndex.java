package org.filmlens.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.CloseableThreadLocal;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.ThreadInterruptedException;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

/**
 * The Lucene index of one workspace: one document per passage (and one per canonical quote), built whole by
 * {@link #build} and then only read. Searching goes through one {@link SearcherManager}: every search acquires a
 * searcher and releases it in a finally block. Thread-safe.
 */
public final class LuceneSearchIndex implements SearchService {
    /** The index folder's name carries the schema version: a schema change rebuilds instead of misreading. */
    public static final String FOLDER = IndexSchema.FOLDER;

    private static final Set<String> PASSAGE_FIELDS = Set.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.TEXT);
    private static final Set<String> QUOTE_FIELDS = Set.of(IndexSchema.ID, IndexSchema.QUOTE_SOURCE,
            IndexSchema.SPEAKER_NAME, IndexSchema.QUOTE_TEXT);
    /** The fields every search scores, whose norms are worth a byte per document of heap. */
    private static final Set<String> NORMS_IN_MEMORY = Set.of(IndexSchema.TEXT, IndexSchema.EXACT,
            IndexSchema.QUOTE_TEXT, IndexSchema.QUOTE_EXACT);
    /** How long {@link #open} waits for a writer's lock before calling the index locked. */
    private static final int LOCK_ATTEMPTS = 5;
    private static final long LOCK_RETRY_MILLIS = 20;

    private final Path indexDir;
    private final Directory directory;
    private final SearcherManager searchers;
    private final String generation;
    private final Analyzer analyzer;
    /** Passage and quote documents have text fields of their own, so each has its parser and needs no type filter. */
    private final UserQueryParser passageParser;
    private final UserQueryParser quoteParser;
    private volatile boolean closed;
    private static final String CLOSED_MESSAGE = "the search index is closed";
    /**
     * Per thread: dictionary cursors, postings and stored-field readers reused from search to search (held weakly by
     * thread, so a search thread's ending frees them).
     */
    private final CloseableThreadLocal<SegmentCursors> cursors = new CloseableThreadLocal<>();

    private LuceneSearchIndex(Path indexDir, Directory directory, DirectoryReader reader, String generation) throws IOException {
        this.indexDir = indexDir;
        this.directory = directory;
        this.generation = generation;
        this.analyzer = IndexSchema.analyzer();
        this.passageParser = new UserQueryParser(analyzer, IndexSchema.SOURCE, List.of(SearchFields.PASSAGE_TEXT));
        this.quoteParser = new UserQueryParser(analyzer, IndexSchema.QUOTE_SOURCE, List.of(SearchFields.QUOTE_TEXT));
        this.searchers = new SearcherManager(new InMemoryNorms(reader, NORMS_IN_MEMORY), new UncachedSearchers());
    }

    /**
     * Builds a fresh index of this corpus into {@code indexDir} (created when missing, overwritten when it holds an
     * index). The generation is stored in the commit, so the index and the corpus it came from can be matched.
     */
    public static void build(Path indexDir, Corpus corpus, Analysis analysis, String generation) throws IOException {
        build(indexDir, corpus, analysis, generation, null);
    }

    /**
     * The index a workspace had before an ingest, and the corpus and generation it was built for: an ingest that
     * only adds sources carries that index's passage documents over ({@link KeptPassages}).
     */
    public record Previous(Path indexDir, Corpus corpus, String generation) {}

    /**
     * Builds a fresh index of this corpus into {@code indexDir}, with the passages of {@code previous}'s index
     * merged in rather than analysed again when the corpus begins with them unchanged; without one (null), or on any
     * doubt about that index, builds the whole index. The result is the index a whole build gives: the same
     * documents, numbers, statistics and answers. Returns how many documents were carried over (0: a whole build).
     */
    public static int build(Path indexDir, Corpus corpus, Analysis analysis, String generation, Previous previous)
            throws IOException {
        Files.createDirectories(indexDir);
        try (Analyzer analyzer = IndexSchema.analyzer()) {
            IndexDocuments docs = new IndexDocuments(corpus, analysis);
            try (KeptPassages kept = KeptPassages.open(previous, corpus, docs)) {
                if (kept != null) {
                    try {
                        IndexBuilder.build(indexDir, docs, generation, analyzer,
                                IndexBuilder.partsFor(docs, kept.count()), kept);
                        return kept.count();
                    } catch (IOException | RuntimeException e) {
                        // a stop (an interrupt, however Lucene wraps it) is passed on, with the flag set again; a
                        // failure of the old index (damaged, missing files, another format, or anything raised
                        // while KeptPassages reads or merges it) builds the whole index below; any other failure
                        // (the new index's disk, say) is the caller's
                        if (stopped(e)) {
                            Thread.currentThread().interrupt();
                            throw e;
                        }
                        if (!fromOldIndex(e)) {
                            throw e;
                        }
                    }
                }
            }
            IndexBuilder.build(indexDir, docs, generation, analyzer, IndexBuilder.partsFor(docs, 0), null);
            return 0;
        }
    }

    /** Whether {@code e} is a stop: the thread's interrupt, or an interrupt anywhere in its causes. */
    static boolean stopped(Throwable e) {
        return Thread.currentThread().isInterrupted() || causedBy(e, ThreadInterruptedException.class,
                InterruptedIOException.class, ClosedByInterruptException.class, InterruptedException.class);
    }

    /** Whether {@code e} comes from reading the old index, which a whole build does without. */
    private static boolean fromOldIndex(Throwable e) {
        return causedBy(e, KeptPassages.OldIndexFailed.class, CorruptIndexException.class,
                IndexFormatTooOldException.class, IndexFormatTooNewException.class, NoSuchFileException.class,
                EOFException.class);
    }

    /** Whether {@link #open} failed because a writer holds the index: it is being written, not damaged. */
    /** Whether {@code e} says the index was closed while a search ran on it (an ingest swapped in another). */
    public static boolean closedUnder(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyClosedException
                    || t.getMessage() != null && t.getMessage().endsWith(CLOSED_MESSAGE)) {
                return true;
            }
        }
        return false;
    }

    public static boolean locked(IOException e) {
        return causedBy(e, LockObtainFailedException.class);
    }

    /** Whether {@code e} or one of its causes is of one of {@code kinds}. */
    @SafeVarargs
    private static boolean causedBy(Throwable e, Class<? extends Throwable>... kinds) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Opens an index built by {@link #build}; fails with IOException when it is missing, locked or damaged. */
    public static LuceneSearchIndex open(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new IOException(indexDir + ": there is no search index here");
        }
        Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = null;
        try {
            checkNotLocked(indexDir, directory);
            reader = DirectoryReader.open(directory);
            Map<String, String> data = reader.getIndexCommit().getUserData();
            String schema = data.get(IndexSchema.SCHEMA_KEY);
            String generation = data.get(IndexSchema.GENERATION_KEY);
            if (!Integer.toString(IndexSchema.VERSION).equals(schema) || generation == null) {
                throw new IOException(indexDir + ": the search index was written by another version of Filmlens"
                        + " (schema " + schema + ", expected " + IndexSchema.VERSION + ")");
            }
            LuceneSearchIndex index = new LuceneSearchIndex(indexDir, directory, reader, generation);
            reader = null; // owned by the searcher manager now
            return index;
        } catch (IndexNotFoundException | NoSuchFileException e) {
            throw failure(indexDir, directory, reader, "there is no complete search index here", e);
        } catch (CorruptIndexException | EOFException e) {
            throw failure(indexDir, directory, reader, "the search index is damaged (" + e.getMessage() + ")", e);
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw failure(indexDir, directory, reader, "the search index has an unsupported format", e);
        } catch (IOException | RuntimeException e) {
            throw failure(indexDir, directory, reader, e.getMessage(), e);
        }
    }

    /**
     * A writer holds the lock while it builds; reading then would see a half-made or vanishing index. A brief retry
     * keeps two readers that check at the same instant from mistaking each other for a writer.
     */
    static void checkNotLocked(Path indexDir, Directory directory) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                lock.ensureValid();
                return;
            } catch (LockObtainFailedException e) {
                if (attempt == LOCK_ATTEMPTS) {
                    throw new IOException(indexDir + ": the search index is locked: another process is writing it", e);
                }
                sleep(LOCK_RETRY_MILLIS);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the search index", e);
        }
    }

    private static IOException failure(Path indexDir, Directory directory, DirectoryReader reader, String reason,
                                       Exception cause) {
        IOUtils.closeWhileHandlingException(reader, directory); // the first error is the one worth reporting
        String message = reason != null && reason.startsWith(indexDir.toString()) ? reason
                : indexDir + ": cannot open the search index: " + reason;
        return new IOException(message, cause);
    }

    /**
     * Searchers without Lucene's query cache. It caches a clause's matches as a bit set once the clause has been
     * seen a few times: building that set visits every match, a stall of its own in a search that otherwise reads
     * ten documents, and people rarely repeat a search closely enough for the set to pay off.
     */
    private static final class UncachedSearchers extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    }

    /** The corpus generation the index was built from; a mismatch with the corpus means "rebuild". */
    public String generation() {
        return generation;
    }

    /** Passages matching the query, best first, with highlighted fragments. */
    /** Whether the index holds a passage of the source {@code sourceId}: one term looked up, no search. */
    public boolean hasSource(String sourceId) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term(IndexSchema.SOURCE, sourceId.strip())) > 0;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        Query userQuery = passageParser.parse(request.query());
        Query query = filtered(userQuery, IndexSchema.SOURCE, request);
        IndexSearcher searcher = acquire();
        try {
            TermLookups lookups = new TermLookups(searcher, cursorsFor(searcher));
            TopHits.Result ranked = TopHits.search(searcher, query, request.limit(), lookups);
            TopDocs top = ranked.top();
            Map<Integer, Document> docs = load(lookups.cursors().storedFields(), top, PASSAGE_FIELDS);
            List<List<String>> fragments = highlight(searcher, userQuery, ranked, request, docs,
                    SearchFields.PASSAGE_TEXT, lookups);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = docs.get(sd.doc);
                hits.add(new SearchHit(d.get(IndexSchema.ID), d.get(IndexSchema.SOURCE), sd.score,
                        d.get(IndexSchema.TEXT), fragments.get(i)));
            }
            return new SearchResults(request.query(), ranked.total(), micros(t0), hits);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public QuoteResults searchQuotes(SearchRequest request) throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        Query userQuery = quoteParser.parse(request.query());
        Query query = filtered(userQuery, IndexSchema.QUOTE_SOURCE, request);
        IndexSearcher searcher = acquire();
        try {
            TermLookups lookups = new TermLookups(searcher, cursorsFor(searcher));
            TopHits.Result ranked = TopHits.search(searcher, query, request.limit(), lookups);
            TopDocs top = ranked.top();
            Map<Integer, Document> docs = load(lookups.cursors().storedFields(), top, QUOTE_FIELDS);
            List<List<String>> fragments = highlight(searcher, userQuery, ranked, request, docs,
                    SearchFields.QUOTE_TEXT, lookups);
            List<QuoteHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = docs.get(sd.doc);
                hits.add(new QuoteHit(d.get(IndexSchema.ID), d.get(IndexSchema.SPEAKER_NAME),
                        List.of(d.getValues(IndexSchema.QUOTE_SOURCE)), sd.score, d.get(IndexSchema.QUOTE_TEXT),
                        fragments.get(i)));
            }
            return new QuoteResults(request.query(), ranked.total(), micros(t0), hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The user's query, with the request's filters when it has any (none keeps a one-word count instant). */
    private static Query filtered(Query userQuery, String sourceField, SearchRequest request) {
        if (!hasFilters(request)) {
            return userQuery;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        if (request.sourceId() != null && !request.sourceId().isBlank()) {
            b.add(new TermQuery(new Term(sourceField, request.sourceId().strip())), Occur.FILTER);
        }
        if (request.speaker() != null && !request.speaker().isBlank()) {
            b.add(new TermQuery(new Term(IndexSchema.SPEAKER, IndexDocuments.speakerKey(request.speaker()))),
                    Occur.FILTER);
        }
        return b.build();
    }

    private static boolean hasFilters(SearchRequest request) {
        return (request.sourceId() != null && !request.sourceId().isBlank())
                || (request.speaker() != null && !request.speaker().isBlank());
    }

    /**
     * The stored fields of the top hits only, read in doc id order: stored fields are compressed in blocks, and
     * neighbouring documents often share one, so this order decompresses each block once.
     */
    static Map<Integer, Document> load(IndexSearcher searcher, TopDocs top, Set<String> fields)
            throws IOException {
        return load(searcher.storedFields(), top, fields);
    }

    private static Map<Integer, Document> load(StoredFields stored, TopDocs top, Set<String> fields)
            throws IOException {
        int[] ids = docIds(top);
        Arrays.sort(ids);
        Map<Integer, Document> docs = new HashMap<>(ids.length * 2);
        for (int id : ids) {
            WantedFields visitor = new WantedFields(fields);
            stored.document(id, visitor);
            docs.put(id, visitor.document);
        }
        return docs;
    }

    /**
     * The values of the wanted fields, as {@link org.apache.lucene.document.DocumentStoredFieldVisitor} reads them
     * for {@code get} and {@code getValues}, without the field type it builds for every string value it reads.
     */
    private static final class WantedFields extends StoredFieldVisitor {
        private final Set<String> wanted;
        final Document document = new Document();

        WantedFields(Set<String> wanted) {
            this.wanted = wanted;
        }

        @Override
        public Status needsField(FieldInfo field) {
            return wanted.contains(field.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            document.add(new StoredField(field.name, value));
        }

        @Override
        public void binaryField(FieldInfo field, byte[] value) {
            document.add(new StoredField(field.name, value));
        }

        @Override
        public void intField(FieldInfo field, int value) {
            document.add(new StoredField(field.name, value));
        }

        @Override
        public void longField(FieldInfo field, long value) {
            document.add(new StoredField(field.name, value));
        }

        @Override
        public void floatField(FieldInfo field, float value) {
            document.add(new StoredField(field.name, value));
        }

        @Override
        public void doubleField(FieldInfo field, double value) {
            document.add(new StoredField(field.name, value));
        }
    }

    /**
     * Only the user's own words are marked, not the filters; an unfiltered search highlights the query it ranked,
     * which is the user's query rewritten already.
     */
    private List<List<String>> highlight(IndexSearcher searcher, Query userQuery, TopHits.Result ranked,
                                         SearchRequest request, Map<Integer, Document> docs, SearchFields fields,
                                         TermLookups lookups) throws IOException {
        FragmentHighlighter highlighter = new FragmentHighlighter(searcher, List.of(fields), true, docs, lookups);
        int[] ids = docIds(ranked.top());
        return hasFilters(request) ? highlighter.fragments(userQuery, ids)
                : highlighter.fragmentsOfRewritten(ranked.rewritten(), ids);
    }

    static int[] docIds(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
    }

    private static long micros(long t0) {
        return (System.nanoTime() - t0) / 1_000;
    }

    /** This thread's cursors over the searcher's reader, kept from its earlier searches. */
    private SegmentCursors cursorsFor(IndexSearcher searcher) {
        SegmentCursors c = cursors.get();
        if (c == null || !c.reads(searcher.getIndexReader())) {
            c = new SegmentCursors(searcher.getIndexReader());
            cursors.set(c);
        }
        return c;
    }

    private IndexSearcher acquire() throws IOException {
        if (closed) {
            throw new IOException(indexDir + ": " + CLOSED_MESSAGE);
        }
        try {
            return searchers.acquire();
        } catch (AlreadyClosedException e) {
            throw new IOException(indexDir + ": " + CLOSED_MESSAGE, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // the cursors' thread-local is not closed: a search still running on the searcher it acquired would
            // then fail to get its cursors; they go with this object, which nothing holds once it is closed
            searchers.close();
        } finally {
            try {
                directory.close();
            } finally {
                analyzer.close();
            }
        }
    }
}
