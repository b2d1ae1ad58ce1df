package org.filmlens.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two builds of the search code ({@code org.filmlens.index}, one class loader each) taking turns in one JVM on the
 * same index, query by query: each of the benchmark's queries is searched by one build and at once by the other
 * (which goes first alternates), so both see the same machine from moment to moment. Prints each kind's median
 * thread CPU per build and the median of the paired ratios. Lucene's classes are shared by both builds.
 *
 * <pre>
 * java -cp ... org.filmlens.bench.SearchAB INDEX_DIR CORPUS_DIR A_CLASSES B_CLASSES [ROUNDS]
 * </pre>
 */
final class SearchAB {
    private SearchAB() {}

    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        List<QueryMix.Query> queries = QueryMix.draw(CorpusFiles.of(Path.of(args[1])), SearchBenchmark.QUERIES, 2013);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Object[] index = new Object[2];
        Method[] search = new Method[2];
        Method[] request = new Method[2];
        for (int side = 0; side < 2; side++) {
            ClassLoader loader = new ChildFirstLoader("org.filmlens.index.", Path.of(args[2 + side]).toUri().toURL());
            Class<?> service = loader.loadClass("org.filmlens.index.LuceneSearchIndex");
            Class<?> req = loader.loadClass("org.filmlens.index.SearchRequest");
            index[side] = service.getMethod("open", Path.class).invoke(null, indexDir);
            search[side] = service.getMethod("search", req);
            request[side] = req.getMethod("of", String.class);
        }
        Map<String, List<long[]>> byKind = new TreeMap<>();
        for (int round = 0; round < rounds + 3; round++) {
            for (QueryMix.Query q : queries) {
                long[] cpu = new long[2];
                for (int k = 0; k < 2; k++) {
                    int side = (round + k) % 2;
                    Object r = request[side].invoke(null, q.text());
                    long c0 = CpuClock.threadNanos();
                    try {
                        search[side].invoke(index[side], r);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        // a malformed query: timed all the same, as the benchmark does
                    }
                    cpu[side] = CpuClock.threadNanos() - c0;
                }
                if (round >= 3) {
                    byKind.computeIfAbsent(q.kind(), x -> new ArrayList<>()).add(cpu);
                    byKind.computeIfAbsent("(all)", x -> new ArrayList<>()).add(cpu);
                }
            }
        }
        byKind.forEach((kind, pairs) -> {
            long[] a = pairs.stream().mapToLong(p -> p[0]).sorted().toArray();
            long[] b = pairs.stream().mapToLong(p -> p[1]).sorted().toArray();
            double[] ratio = pairs.stream().mapToDouble(p -> (double) p[1] / Math.max(1, p[0])).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-10s A p50 %5d µs p90 %5d | B p50 %5d µs p90 %5d | B/A p50 %.3f (%d pairs)%n",
                    kind, a[a.length / 2] / 1000, a[a.length * 9 / 10] / 1000, b[b.length / 2] / 1000,
                    b[b.length * 9 / 10] / 1000, ratio[ratio.length / 2], pairs.size());
        });
        for (Object i : index) {
            ((AutoCloseable) i).close();
        }
    }
}
