package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.filmlens.corpus.Progress;

/**
 * Linking speed on synthetic quotations (a main class, not a test): N occurrences of N/8 distinct lines, each a
 * labelled copy, a labelled variant (a word dropped or added, punctuation and case changed) or a prose fragment of
 * 5 to 15 words (sometimes with a word changed). Prints the time to tokenise and to link, and how many fragments
 * found their own line. Wall time and the linking thread's CPU time are both printed: on a shared machine the
 * second is the fair figure. Usage: QuoteLinkingBenchmark [N...] (default 100000 1000000).
 */
public final class QuoteLinkingBenchmark {
    private static final int VOCABULARY = 30_000;
    private static final int SPEAKERS = 60;

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        run(20_000); // warm-up
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int n) {
        SplittableRandom random = new SplittableRandom(42);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = "w" + Integer.toString(i, 36) + (i % 7 == 0 ? "s" : "");
        }
        int lineCount = Math.max(1, n / 8);
        int[][] lines = new int[lineCount][];
        for (int l = 0; l < lineCount; l++) {
            int[] line = new int[6 + random.nextInt(35)];
            for (int i = 0; i < line.length; i++) {
                line[i] = zipf(random);
            }
            lines[l] = line;
        }
        List<String> texts = new ArrayList<>(n);
        List<String> speakers = new ArrayList<>(n);
        boolean[] labelled = new boolean[n];
        int[] origin = new int[n];
        for (int u = 0; u < n; u++) {
            int l = u < lineCount ? u : random.nextInt(lineCount); // every line has a labelled copy
            origin[u] = l;
            int[] line = lines[l];
            String speaker = "Speaker" + (l % SPEAKERS);
            double kind = random.nextDouble();
            if (u < lineCount || kind < 0.3) {
                texts.add(render(line, 0, line.length, words, -1, -1, random));
                labelled[u] = true;
                speakers.add(speaker);
            } else if (kind < 0.4) {
                int drop = random.nextInt(line.length);
                texts.add(render(line, 0, line.length, words, drop, zipf(random), random));
                labelled[u] = true;
                speakers.add(speaker);
            } else {
                int len = Math.min(line.length, 5 + random.nextInt(11));
                int from = random.nextInt(line.length - len + 1);
                int change = random.nextDouble() < 0.2 ? from + random.nextInt(len) : -1;
                texts.add(render(line, from, from + len, words, change, zipf(random), random));
                speakers.add(random.nextBoolean() ? speaker : null);
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<QuoteLinker.Unit> units = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            units.add(new QuoteLinker.Unit(MatchTokens.of(texts.get(u)), speakers.get(u), "s" + (u % 50),
                    "p" + u, labelled[u], !labelled[u] && u % 3 != 0));
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        QuoteLinker.Linking linking = new QuoteLinker().link(units, Progress.NONE);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        int[] clusterOfLine = new int[lineCount];
        java.util.Arrays.fill(clusterOfLine, -1);
        for (int u = 0; u < lineCount; u++) {
            clusterOfLine[origin[u]] = linking.clusterOf()[u];
        }
        int fragments = 0;
        int found = 0;
        for (int u = lineCount; u < n; u++) {
            if (!labelled[u]) {
                fragments++;
                if (clusterOfLine[origin[u]] >= 0 && linking.clusterOf()[u] == clusterOfLine[origin[u]]) {
                    found++;
                }
            }
        }
        System.out.printf("%,9d occurrences: tokenise %,6d ms (cpu %,6d), link %,6d ms (cpu %,6d), %,d lines; %.1f%% of"
                        + " %,d fragments linked to their own line%n", n, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000,
                (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000,
                linking.clusters(), 100.0 * found / Math.max(1, fragments), fragments);
    }

    /** Word ids skewed toward the frequent, as in prose. */
    private static int zipf(SplittableRandom random) {
        return (int) Math.min(VOCABULARY - 1, Math.floor(Math.pow(VOCABULARY, random.nextDouble())) - 1);
    }

    /** The words from..to of a line; one replaced at {@code change} (or dropped when the replacement is -1). */
    private static String render(int[] line, int from, int to, String[] words, int change, int replacement,
                                 SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i == change && replacement < 0) {
                continue;
            }
            String w = words[i == change ? replacement : line[i]];
            if (sb.length() > 0) {
                sb.append(random.nextInt(10) == 0 ? ", " : " ");
            }
            sb.append(random.nextInt(8) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.append(random.nextBoolean() ? "." : "!").toString();
    }
}
