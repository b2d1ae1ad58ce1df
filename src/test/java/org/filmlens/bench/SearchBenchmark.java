package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.SearchHit;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;

/**
 * Search latency in process, as the window sees it: {@link Workspace#search} for the top 10 with highlighted
 * fragments, over a few hundred queries drawn from the corpus, after a warm-up pass; against grep over the same
 * files.
 */
final class SearchBenchmark {
    static final int QUERIES = 300;
    static final int ROUNDS = 5;
    static final int GREP_QUERIES = 30;
    private static final long SEED = 2013;

    private SearchBenchmark() {}

    /** The call measured: a search as the window makes it. */
    interface Searcher {
        SearchResults search(SearchRequest request) throws Exception;
    }

    /** Through the workspace, as the window searches. */
    static void run(String label, Path workspaceDir, CorpusFiles corpus, Results results) throws IOException {
        try (Workspace ws = Workspace.open(workspaceDir)) {
            if (ws.isEmpty()) {
                results.put(label + ".search.failed", workspaceDir + " holds no corpus: run the ingest part first");
                return;
            }
            measure(label, ws::search, corpus, results);
        } catch (WorkspaceException e) {
            results.put(label + ".search.failed", e.getMessage());
        }
    }

    /** Straight on an index folder built by {@link LuceneSearchIndex#build} (the service the workspace calls). */
    static void runOnIndex(String label, Path indexDir, CorpusFiles corpus, Results results) throws IOException {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            measure(label, index::search, corpus, results);
        }
    }

    private static void measure(String label, Searcher ws, CorpusFiles corpus, Results results) throws IOException {
        List<QueryMix.Query> queries = QueryMix.draw(corpus, QUERIES, SEED);
        String key = label + ".search";
        {
            for (int round = 0; round < 2; round++) {
                for (QueryMix.Query q : queries) {
                    search(ws, q);
                }
            }
            long[] micros = new long[queries.size() * ROUNDS];
            long[] cpuMicros = new long[queries.size() * ROUNDS];
            Map<String, long[]> byKind = new TreeMap<>();
            long withHits = 0;
            long hits = 0;
            long hitsWithMark = 0;
            long syntaxErrors = 0;
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (QueryMix.Query q : queries) {
                    long c0 = CpuClock.threadNanos();
                    long t0 = System.nanoTime();
                    SearchResults r = search(ws, q);
                    long took = (System.nanoTime() - t0) / 1_000;
                    cpuMicros[n] = (CpuClock.threadNanos() - c0) / 1_000;
                    micros[n++] = took;
                    if (round == 0) {
                        byKind.merge(q.kind(), new long[] {took}, SearchBenchmark::concat);
                        if (r == null) {
                            syntaxErrors++;
                            continue;
                        }
                        withHits += r.hits().isEmpty() ? 0 : 1;
                        for (SearchHit h : r.hits()) {
                            hits++;
                            hitsWithMark += h.fragments().stream().anyMatch(f -> f.contains("<mark>")) ? 1 : 0;
                        }
                    }
                }
            }
            Percentiles all = new Percentiles(micros);
            results.put(key + ".queries", queries.size());
            results.put(key + ".measurements", all.count());
            results.put(key + ".p50us", all.at(50));
            results.put(key + ".p99us", all.at(99));
            results.put(key + ".maxus", all.max());
            results.put(key + ".meanus", all.mean());
            Percentiles cpu = new Percentiles(cpuMicros);
            results.put(key + ".cpuP50us", cpu.at(50));
            results.put(key + ".cpuP99us", cpu.at(99));
            results.put(key + ".queriesWithHits", withHits);
            results.put(key + ".hitsWithMarkPercent", hits == 0 ? 0 : 100.0 * hitsWithMark / hits);
            results.put(key + ".syntaxErrors", syntaxErrors);
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((kind, values) -> {
                Percentiles p = new Percentiles(values);
                kinds.append(kinds.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                        "%s p50 %d µs p99 %d µs", kind, p.at(50), p.at(99)));
            });
            results.put(key + ".byKind", kinds.toString());
        }
        Percentiles g = grepPercentiles(corpus, queries);
        results.put(label + ".grep.p50us", g.at(50));
        results.put(label + ".grep.p99us", g.at(99));
        results.put(label + ".grep.queries", g.count());
    }

    /** The results, or null when the query was refused as malformed (counted, not timed apart). */
    private static SearchResults search(Searcher ws, QueryMix.Query q) throws IOException {
        try {
            return ws.search(new SearchRequest(q.text(), 10, null, null));
        } catch (QuerySyntaxException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(q.text() + ": search failed (" + e.getMessage() + ")", e);
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** grep's times over {@link #GREP_QUERIES} of the queries, spread evenly through them. */
    static Percentiles grepPercentiles(CorpusFiles corpus, List<QueryMix.Query> queries) throws IOException {
        long[] grep = new long[GREP_QUERIES];
        int step = Math.max(1, queries.size() / GREP_QUERIES);
        for (int i = 0; i < GREP_QUERIES; i++) {
            grep[i] = GrepBaseline.micros(corpus, queries.get((i * step) % queries.size()));
        }
        return new Percentiles(grep);
    }
}
