package org.filmlens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.filmlens.corpus.Annotation;

/**
 * The user's annotations, searchable with the same query syntax as passages. The index lives in memory and is
 * filled from the annotation file: annotations are few (3000 notes refill in about 0.2 s of CPU), the file is
 * the one truth, and a memory index cannot go stale on disk, be damaged, or lock out another Filmlens process.
 *
 * <p>The one owner of its {@link IndexWriter} and {@link SearcherManager}: {@link #replaceAll} swaps every document
 * and then refreshes, so a search sees either the old set or the new one, never half of each. Thread-safe.
 */
public final class AnnotationIndex implements AutoCloseable {
    private static final Set<String> LOADED_FIELDS = Set.of(AnnotationSchema.ID, AnnotationSchema.NOTE.stemmed(),
            AnnotationSchema.TAGS.stemmed(), AnnotationSchema.ANNOTATED.stemmed());

    private final Analyzer analyzer;
    private final UserQueryParser parser;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public AnnotationIndex() {
        analyzer = AnnotationSchema.analyzer();
        parser = new UserQueryParser(analyzer, AnnotationSchema.SOURCE, AnnotationSchema.TEXT_FIELDS);
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create an index in memory", e);
        }
    }

    /** Makes the index hold exactly these annotations (unplaced ones too: they are still the user's work). */
    public synchronized void replaceAll(List<Annotation> annotations) throws IOException {
        writer.deleteAll();
        for (Annotation a : annotations) {
            writer.addDocument(AnnotationSchema.document(a));
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * Annotations matching the query (words, "phrases", -exclusion, OR, source:ID, word* — as for passages) in their
     * note, annotated text or tags; with {@code tag} not blank, only those carrying that tag (any case). Best first.
     */
    public AnnotationResults search(String query, String tag, int limit) throws QuerySyntaxException, IOException {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        long t0 = System.nanoTime();
        Query userQuery = parser.parse(query);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        if (tag != null && !tag.isBlank()) {
            b.add(new TermQuery(new Term(AnnotationSchema.TAG, AnnotationSchema.tagKey(tag))), Occur.FILTER);
        }
        Query filtered = b.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(filtered, limit);
            Map<Integer, Document> docs = LuceneSearchIndex.load(searcher, top, LOADED_FIELDS);
            int[] ids = LuceneSearchIndex.docIds(top);
            List<List<String>> fragments = new FragmentHighlighter(searcher, AnnotationSchema.TEXT_FIELDS,
                    false, docs).fragments(userQuery, ids);
            List<AnnotationHit> hits = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(new AnnotationHit(docs.get(sd.doc).get(AnnotationSchema.ID), sd.score, fragments.get(i)));
            }
            return new AnnotationResults(query, searcher.count(filtered), (System.nanoTime() - t0) / 1_000, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
                analyzer.close();
            }
        }
    }
}
