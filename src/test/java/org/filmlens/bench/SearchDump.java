package org.filmlens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.QuoteHit;
import org.filmlens.index.QuoteResults;
import org.filmlens.index.SearchHit;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;

/**
 * Writes every result of the benchmark's queries to a text file, so a change to the search code can be shown to
 * give the same hits, order, scores, fragments, totals and errors (diff two dumps). Not timed, not a unit test.
 *
 * <pre>
 * java -cp ... org.filmlens.bench.SearchDump INDEX_DIR CORPUS_DIR OUT_FILE
 * </pre>
 * Besides the 300 benchmark queries: each again filtered to its first hit's source, the same queries against the
 * quotes (and filtered to the first quote's speaker), and malformed queries (their error messages).
 */
final class SearchDump {
    private static final List<String> MALFORMED = List.of("", "   ", "-", "love -", "\"open", "\"\"", "OR love",
            "love OR", "love OR OR her", "-love OR her", "source:", "lo*ve", "l*", "-love", "-love -her", "...",
            "x".repeat(2001), "a ".repeat(101), "lov* OR \"her voice\" -the", "“curly quotes”", "«love»",
            "Source:abc love", "self-aware", "me", "her OR me", "-\"a phrase\" love", "love*", "amé*");

    private SearchDump() {}

    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        CorpusFiles corpus = CorpusFiles.of(Path.of(args[1]));
        List<String> queries = new ArrayList<>();
        for (QueryMix.Query q : QueryMix.draw(corpus, SearchBenchmark.QUERIES, 2013)) {
            queries.add(q.text());
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (String q : queries) {
                String source = passages(index, out, new SearchRequest(q, 10, null, null));
                if (source != null) {
                    passages(index, out, new SearchRequest(q, 10, source, null));
                }
                String speaker = quotes(index, out, new SearchRequest(q, 10, null, null));
                if (speaker != null) {
                    quotes(index, out, new SearchRequest(q, 10, null, speaker));
                }
            }
            for (String q : MALFORMED) {
                passages(index, out, new SearchRequest(q, 10, null, null));
                passages(index, out, new SearchRequest(q, 3, null, null));
                quotes(index, out, new SearchRequest(q, 10, null, null));
            }
        }
    }

    /** Writes the results; returns the first hit's source (or null). */
    private static String passages(LuceneSearchIndex index, PrintWriter out, SearchRequest r) throws IOException {
        out.println("SEARCH " + describe(r));
        try {
            SearchResults res = index.search(r);
            out.println("  query=" + res.query() + " total=" + res.total() + " hits=" + res.hits().size());
            for (SearchHit h : res.hits()) {
                out.println("  hit " + h.passageId() + " src=" + h.sourceId() + " score=" + h.score()
                        + " textLen=" + h.text().length() + " textHash=" + h.text().hashCode());
                for (String f : h.fragments()) {
                    out.println("    frag " + f);
                }
            }
            return res.hits().isEmpty() ? null : res.hits().get(0).sourceId();
        } catch (QuerySyntaxException e) {
            out.println("  error " + e.getMessage());
            return null;
        }
    }

    private static String quotes(LuceneSearchIndex index, PrintWriter out, SearchRequest r) throws IOException {
        out.println("QUOTES " + describe(r));
        try {
            QuoteResults res = index.searchQuotes(r);
            out.println("  query=" + res.query() + " total=" + res.total() + " hits=" + res.hits().size());
            for (QuoteHit h : res.hits()) {
                out.println("  hit " + h.quoteId() + " speaker=" + h.speaker() + " sources=" + h.sourceIds()
                        + " score=" + h.score() + " text=" + h.text());
                for (String f : h.fragments()) {
                    out.println("    frag " + f);
                }
            }
            return res.hits().isEmpty() ? null : res.hits().get(0).speaker();
        } catch (QuerySyntaxException e) {
            out.println("  error " + e.getMessage());
            return null;
        }
    }

    private static String describe(SearchRequest r) {
        String q = r.query().length() > 60 ? r.query().substring(0, 60) + "...(" + r.query().length() + ")" : r.query();
        return "[" + q + "] limit=" + r.limit() + " source=" + r.sourceId() + " speaker=" + r.speaker();
    }
}
