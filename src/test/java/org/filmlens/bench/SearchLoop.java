package org.filmlens.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.SearchRequest;

/**
 * The benchmark's queries searched over and over on one index, for a profiler to watch searching alone (and its
 * wall-clock time and the searching thread's CPU time per kind of query). Not part of the benchmark's table.
 *
 * <pre>
 * java -cp ... org.filmlens.bench.SearchLoop INDEX_DIR CORPUS_DIR [ROUNDS [KIND]]
 * </pre>
 * With a KIND ("word", "two words", "phrase", "or", "exclusion"), only the queries of that kind, so a profile shows
 * where that kind's time goes. With {@code -Dbench.grep=true}, also the grep baseline of {@link SearchBenchmark} (its 30
 * queries) and the ratio of its p50 to the search's wall-clock p50.
 */
final class SearchLoop {
    private SearchLoop() {}

    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        CorpusFiles corpus = CorpusFiles.of(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<QueryMix.Query> queries = QueryMix.draw(corpus, SearchBenchmark.QUERIES, 2013);
        if (args.length > 3) {
            queries = queries.stream().filter(q -> q.kind().equals(args[3])).toList();
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("no query of kind '" + args[3] + "'; the kinds are: "
                        + QueryMix.draw(corpus, SearchBenchmark.QUERIES, 2013).stream().map(QueryMix.Query::kind)
                                .distinct().sorted().toList());
            }
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            for (int round = 0; round < 3; round++) {
                for (QueryMix.Query q : queries) {
                    index.search(SearchRequest.of(q.text()));
                }
            }
            long[] cpu = new long[queries.size() * rounds];
            long[] wall = new long[queries.size() * rounds];
            String[] kindOf = new String[cpu.length];
            int n = 0;
            long process0 = CpuClock.processNanos();
            for (int round = 0; round < rounds; round++) {
                for (QueryMix.Query q : queries) {
                    long c0 = CpuClock.threadNanos();
                    long t0 = System.nanoTime();
                    index.search(SearchRequest.of(q.text()));
                    wall[n] = (System.nanoTime() - t0) / 1000;
                    cpu[n] = (CpuClock.threadNanos() - c0) / 1000;
                    kindOf[n] = q.kind();
                    n++;
                }
            }
            // the searching thread's CPU leaves out helper threads; the process's counts them (and the JVM's own)
            double processPerSearch = (CpuClock.processNanos() - process0) / 1000.0 / n;
            Percentiles c = new Percentiles(cpu);
            Percentiles w = new Percentiles(wall);
            System.out.printf(Locale.ROOT, "wall p50 %d p99 %d | thread cpu p50 %d p99 %d mean %.0f | process cpu "
                            + "per search %.0f | load %s%n", w.at(50), w.at(99), c.at(50), c.at(99), c.mean(),
                    processPerSearch, java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
            // split by kind after the timed loop, so that the process CPU above holds only the searches
            Map<String, long[]> cpuByKind = byKind(kindOf, cpu);
            byKind(kindOf, wall).forEach((kind, v) -> {
                Percentiles p = new Percentiles(v);
                Percentiles t = new Percentiles(cpuByKind.get(kind));
                System.out.printf(Locale.ROOT, "  %-10s wall p50 %5d p90 %5d p99 %5d | thread cpu p50 %5d%n", kind,
                        p.at(50), p.at(90), p.at(99), t.at(50));
            });
            if (Boolean.getBoolean("bench.grep")) {
                Percentiles g = SearchBenchmark.grepPercentiles(corpus, queries);
                System.out.printf(Locale.ROOT, "grep p50 %d p99 %d: %.0fx the search's wall p50%n", g.at(50), g.at(99),
                        (double) g.at(50) / Math.max(1, w.at(50)));
            }
        }
    }

    /** The values of each kind, in the order measured. */
    private static Map<String, long[]> byKind(String[] kindOf, long[] values) {
        Map<String, long[]> out = new TreeMap<>();
        for (String kind : new java.util.TreeSet<>(java.util.Arrays.asList(kindOf))) {
            out.put(kind, java.util.stream.IntStream.range(0, values.length).filter(i -> kind.equals(kindOf[i]))
                    .mapToLong(i -> values[i]).toArray());
        }
        return out;
    }
}
