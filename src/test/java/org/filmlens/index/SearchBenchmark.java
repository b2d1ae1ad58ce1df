package org.filmlens.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * Search latency at scale (not a unit test). Reads every file of a folder made by
 * {@code ../shared/tools/scale_corpus.py} (or one dump), cuts each into passages at blank lines, indexes them and
 * runs a few hundred queries drawn from the text (words, two words, phrases, OR, exclusion), top 10 with fragments.
 * Prints build time, p50/p99/max latency (wall clock and the search thread's CPU time, which stays honest when
 * other work shares the machine), and a plain scan of the same text as the baseline.
 *
 * <pre>
 * python3 ../shared/tools/scale_corpus.py samples/her-2013/her-2013-web-pages.txt bench-data/100mb --megabytes 100
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.filmlens.index.SearchBenchmark -Dexec.args="bench-data/100mb 500"
 * </pre>
 * Arguments: the corpus folder or file, the number of measured queries, and optionally a folder to keep the index
 * in (reused when it exists, so a profiler can watch searching alone).
 */
public final class SearchBenchmark {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final int WARMUP = 1000; // enough for the JIT to settle on a busy 2-core machine

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "samples/her-2013/her-2013-web-pages.txt");
        int queryCount = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Corpus corpus = read(input);
        long chars = corpus.passages().stream().mapToLong(p -> p.text().length()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d files, %d passages, %.1f MB of passage text%n",
                corpus.sources().size(), corpus.passages().size(), chars / 1e6);

        // A third argument keeps the index in that folder and reuses it on the next run (to profile searching).
        Path dir = args.length > 2 ? Path.of(args[2])
                : Files.createTempDirectory("filmlens-bench").resolve(LuceneSearchIndex.FOLDER);
        if (args.length > 2 && Files.isDirectory(dir)) {
            System.out.printf(Locale.ROOT, "reusing the index in %s (%.0f MB)%n", dir, folderSize(dir) / 1e6);
        } else {
            long t0 = System.nanoTime();
            LuceneSearchIndex.build(dir, corpus, Analysis.empty(), "bench");
            double buildSec = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "build: %.1f s (%.1f MB/s), index %.0f MB%n", buildSec,
                    chars / 1e6 / buildSec, folderSize(dir) / 1e6);
        }

        List<String> queries = queries(corpus, WARMUP + queryCount, new Random(42));
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            long hits = 0;
            for (String q : queries.subList(0, WARMUP)) {
                hits += index.search(SearchRequest.of(q)).hits().size();
            }
            long[] nanos = new long[queryCount];
            long[] reported = new long[queryCount];
            long[] cpu = new long[queryCount];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int withFragments = 0;
            for (int i = 0; i < queryCount; i++) {
                String q = queries.get(WARMUP + i);
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                SearchResults r = index.search(SearchRequest.of(q));
                nanos[i] = System.nanoTime() - s;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
                reported[i] = r.tookMicros();
                hits += r.hits().size();
                withFragments += r.hits().stream().anyMatch(h -> String.join("", h.fragments()).contains("<mark>"))
                        ? 1 : 0;
            }
            Arrays.sort(nanos);
            Arrays.sort(reported);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "search (%d queries, top 10 with fragments, %d with marks, %d hits): "
                            + "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; reported tookMicros p50 %d p99 %d%n",
                    queryCount, withFragments, hits, pct(nanos, 50), pct(nanos, 90), pct(nanos, 99),
                    nanos[nanos.length - 1] / 1e6, reported[reported.length / 2],
                    reported[(int) Math.ceil(reported.length * 0.99) - 1]);
            // CPU time of the searching thread: what the search costs when the machine is busy with other work.
            System.out.printf(Locale.ROOT, "search thread CPU: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms; "
                            + "load average %.1f on %d cores%n", pct(cpu, 50), pct(cpu, 90), pct(cpu, 99),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            slowest(index, queries.subList(WARMUP, queries.size()));
        }
        scanBaseline(corpus, queries.subList(WARMUP, WARMUP + Math.min(20, queryCount)));
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** The five slowest queries, measured again one by one, so a regression names its query. */
    private static void slowest(LuceneSearchIndex index, List<String> queries) throws Exception {
        record Timed(String q, long nanos) {}
        List<Timed> timed = new ArrayList<>();
        for (String q : queries) {
            long s = System.nanoTime();
            index.search(SearchRequest.of(q));
            timed.add(new Timed(q, System.nanoTime() - s));
        }
        timed.sort(Comparator.comparingLong(Timed::nanos).reversed());
        for (Timed t : timed.subList(0, Math.min(5, timed.size()))) {
            System.out.printf(Locale.ROOT, "  slow: %.3f ms  %s%n", t.nanos() / 1e6, t.q());
        }
    }

    /** The baseline: a case-insensitive scan of every passage for the query's first word (what grep would do). */
    private static void scanBaseline(Corpus corpus, List<String> queries) {
        long total = 0;
        int matched = 0;
        for (String q : queries) {
            Matcher m = WORD.matcher(q);
            Pattern p = Pattern.compile(Pattern.quote(m.find() ? m.group() : q), Pattern.CASE_INSENSITIVE);
            long s = System.nanoTime();
            for (Passage passage : corpus.passages()) {
                if (p.matcher(passage.text()).find()) {
                    matched++;
                }
            }
            total += System.nanoTime() - s;
        }
        System.out.printf(Locale.ROOT, "scan baseline: %.1f ms per query (%d queries, %d matching passages)%n",
                total / 1e6 / queries.size(), queries.size(), matched);
    }

    /** Words, pairs, phrases, OR and exclusions drawn from random passages, so common and rare words both occur. */
    static List<String> queries(Corpus corpus, int n, Random rnd) {
        List<Passage> passages = corpus.passages();
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            List<String> words = words(passages.get(rnd.nextInt(passages.size())).text());
            if (words.size() < 4) {
                continue;
            }
            int i = rnd.nextInt(words.size() - 3);
            String q = switch (out.size() % 10) {
                case 0, 1, 2, 3 -> words.get(i);
                case 4, 5 -> words.get(i) + " " + words.get(i + 2);
                case 6, 7 -> "\"" + words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2) + "\"";
                case 8 -> words.get(i) + " OR " + words.get(i + 3);
                default -> words.get(i) + " -" + words.get(i + 1);
            };
            out.add(q);
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** One source per file, one passage per block of text between blank lines (a stand-in for ingest). */
    static Corpus read(Path input) throws IOException {
        List<Path> files;
        if (Files.isDirectory(input)) {
            try (Stream<Path> s = Files.list(input)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(input);
        }
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Pattern block = Pattern.compile("\\S[^\\n]*(?:\\n[ \\t]*\\S[^\\n]*)*");
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String sourceId = "s" + sources.size();
            sources.add(new Source(sourceId, f.getFileName().toString(), null, null, null, SourceKind.OTHER, text));
            Matcher m = block.matcher(text);
            int ordinal = 0;
            while (m.find()) {
                passages.add(new Passage(sourceId + "-" + ordinal, sourceId, ordinal, PassageKind.PARAGRAPH, null,
                        m.start(), m.end(), m.group()));
                ordinal++;
            }
        }
        return new Corpus(new Film("benchmark", null, null), sources, passages);
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
