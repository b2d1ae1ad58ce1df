package org.filmlens.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best hits of a query and the exact number of its hits. {@link IndexSearcher#search(Query, int)} scores every
 * hit up to its first {@value #COUNTED_WHILE_RANKING}, to count them on the way, and only then skips documents that
 * cannot make the top; past that many hits the count takes a pass of its own anyway. When the terms' document
 * frequencies already show that a query has more hits than that (a common word, either of two words, a word minus a
 * rarer one), ranking skips from the first full page instead; when they give the exact count ({@link ExactCount}),
 * no counting pass is made at all. Any other query is ranked and counted in one pass over all its hits. Lucene's
 * skipping never changes the top hits or their scores, only how many documents are looked at.
 */
final class TopHits {
    /** {@code IndexSearcher.TOTAL_HITS_THRESHOLD}, the count {@code search(query, n)} keeps exact while ranking. */
    static final int COUNTED_WHILE_RANKING = 1000;
    /**
     * When the count is known apart from ranking: the hits ranked before skipping starts. Skipping from the very first
     * page makes every early hit raise the bar and re-read the skip data; a few pages in, the bar is near its final
     * height and is raised seldom. The top hits are the same either way.
     */
    static final int SKIPPING_AFTER = 100;

    private TopHits() {}

    /** {@code rewritten}: the query as ranked, rewritten and carrying its terms' lookups. */
    record Result(TopDocs top, long total, Query rewritten) {}

    static Result search(IndexSearcher searcher, Query query, int limit, TermLookups lookups) throws IOException {
        Query rewritten = lookups.attach(searcher.rewrite(query));
        IndexReader reader = searcher.getIndexReader();
        int numHits = Math.min(limit, Math.max(1, reader.maxDoc()));
        long exact = ExactCount.of(searcher, rewritten, lookups);
        if (exact != ExactCount.UNKNOWN) {
            return new Result(rank(searcher, rewritten, numHits, SKIPPING_AFTER), exact, rewritten);
        }
        if (!reader.hasDeletions() && atLeast(reader, rewritten) > COUNTED_WHILE_RANKING) {
            TopDocs top = rank(searcher, rewritten, numHits, SKIPPING_AFTER);
            return new Result(top, searcher.count(rewritten), rewritten);
        }
        // Hits not known to be many (a phrase, two words): ranked and counted in one pass over them all. Most have
        // under a thousand hits, where skipping never starts and its impacts only cost their making (each of them
        // a fresh reader per word and segment, where a pass over every hit reuses the search thread's postings);
        // the rest would be counted in a pass of their own after ranking anyway.
        TopDocs top = rank(searcher, rewritten, numHits, Integer.MAX_VALUE);
        return new Result(top, top.totalHits.value, rewritten);
    }

    /**
     * The best {@code numHits}, hits counted exactly up to {@code countedHits}, after which documents that cannot make
     * the top are skipped. One collector for all segments, without the shared minimum score that concurrent
     * collectors keep up to date on every hit (the searcher has no executor, so there is nothing to share it with;
     * should it get one, the manager is told, since it then makes a collector per slice).
     */
    private static TopDocs rank(IndexSearcher searcher, Query rewritten, int numHits, int countedHits)
            throws IOException {
        return searcher.search(rewritten, new TopScoreDocCollectorManager(numHits, null,
                Math.max(numHits, countedHits), searcher.getSlices().length > 1));
    }

    /** A number of documents the query surely matches, from document frequencies (no deletions); often 0. */
    static long atLeast(IndexReader reader, Query q) throws IOException {
        if (q instanceof TermQuery tq) {
            return docFreq(reader, tq);
        }
        if (!(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 1) {
            return 0;
        }
        long required = 0;
        int requiredCount = 0;
        long anyOptional = 0;
        long excluded = 0;
        for (BooleanClause c : bq.clauses()) {
            switch (c.getOccur()) {
                case MUST, FILTER -> {
                    requiredCount++;
                    required = atLeast(reader, c.getQuery());
                }
                case SHOULD -> anyOptional = Math.max(anyOptional, atLeast(reader, c.getQuery()));
                case MUST_NOT -> excluded += atMost(reader, c.getQuery());
            }
        }
        if (requiredCount > 1 || (requiredCount == 1 && bq.getMinimumNumberShouldMatch() > 0)) {
            return 0; // an intersection: no bound without visiting it
        }
        long matched = requiredCount == 1 ? required : anyOptional;
        return Math.max(0, matched - excluded);
    }

    /** A number of documents the query surely does not exceed. */
    static long atMost(IndexReader reader, Query q) throws IOException {
        if (q instanceof TermQuery tq) {
            return docFreq(reader, tq);
        }
        if (q instanceof PhraseQuery pq && pq.getTerms().length > 0) {
            long least = Long.MAX_VALUE;
            for (var t : pq.getTerms()) {
                least = Math.min(least, reader.docFreq(t));
            }
            return least;
        }
        return reader.maxDoc();
    }

    /** From the term's lookups when it carries them ({@link TermLookups}). */
    private static long docFreq(IndexReader reader, TermQuery tq) throws IOException {
        return ExactCount.docFreq(reader, tq);
    }
}
