package org.filmlens.ingest;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The word trigrams of a search listing's snippets, numbered, and which of them a page holds. A page is scanned
 * once through its lines' tokens, and only trigrams of snippet words are looked up, so no page's own trigram set
 * is ever built. Words are numbered in the order first met; a trigram is its first two words' pair, numbered,
 * then its third word, both packed into sorted arrays of longs: exact, whatever the number of words.
 */
final class SnippetGrams {
    private final Map<String, Integer> words = new HashMap<>();
    /** Sorted distinct (first word << 32 | second word) of every snippet trigram. */
    private final long[] pairs;
    /** Sorted distinct (pair index << 32 | third word) of every snippet trigram. */
    private final long[] grams;
    /** The distinct trigram indices of each entry's snippet. */
    private final int[][] entryGrams;
    /** The token table of the pages' lines (the first one met), and by a token's number there its word number + 2
     * (1: not a snippet word, 0: not looked up yet), so each distinct token of the pages is looked up once. */
    private DumpTokens table;
    private int[] wordsByNumber = new int[0];

    SnippetGrams(List<ListingEntry> entries) {
        int[][] ids = new int[entries.size()][];
        int pairCount = 0;
        for (int e = 0; e < entries.size(); e++) {
            List<String> tokens = Words.tokens(entries.get(e).snippet());
            ids[e] = new int[tokens.size()];
            for (int k = 0; k < tokens.size(); k++) {
                Integer id = words.get(tokens.get(k));
                if (id == null) {
                    id = words.size();
                    words.put(tokens.get(k), id);
                }
                ids[e][k] = id;
            }
            pairCount += Math.max(0, tokens.size() - 2);
        }
        long[] allPairs = new long[pairCount];
        int n = 0;
        for (int[] s : ids) {
            for (int k = 0; k + 2 < s.length; k++) {
                allPairs[n++] = pair(s[k], s[k + 1]);
            }
        }
        pairs = sortedDistinct(allPairs);
        long[] allGrams = new long[pairCount];
        n = 0;
        for (int[] s : ids) {
            for (int k = 0; k + 2 < s.length; k++) {
                allGrams[n++] = gram(Arrays.binarySearch(pairs, pair(s[k], s[k + 1])), s[k + 2]);
            }
        }
        grams = sortedDistinct(allGrams);
        entryGrams = new int[entries.size()][];
        for (int e = 0; e < ids.length; e++) {
            int[] s = ids[e];
            int[] own = new int[Math.max(0, s.length - 2)];
            for (int k = 0; k + 2 < s.length; k++) {
                own[k] = Arrays.binarySearch(grams, gram(Arrays.binarySearch(pairs, pair(s[k], s[k + 1])), s[k + 2]));
            }
            entryGrams[e] = sortedDistinct(own);
        }
    }

    /** The snippet trigrams that occur in the page's text (its title line, then its body, as one run of words). */
    BitSet foundIn(Page page) {
        BitSet found = new BitSet(grams.length);
        int[] last = {-1, -1};
        if (page.titleLine != null) {
            scan(page.titleLine.tokens(), last, found);
        }
        for (Line l : page.body) {
            scan(l.tokens(), last, found);
        }
        return found;
    }

    /** Share of an entry's snippet trigrams found in a page: 0 for a snippet of fewer than three words. */
    double containment(int entry, BitSet found) {
        int[] part = entryGrams[entry];
        if (part.length == 0) {
            return 0;
        }
        int hits = 0;
        for (int g : part) {
            if (found.get(g)) {
                hits++;
            }
        }
        return (double) hits / part.length;
    }

    /** @param last the word numbers of the two tokens before these (-1: not a snippet word), carried over lines */
    private void scan(Tokens tokens, int[] last, BitSet found) {
        int a = last[0];
        int b = last[1];
        for (int k = 0; k < tokens.size(); k++) {
            int c = wordOf(tokens, k);
            if (a >= 0 && b >= 0 && c >= 0) {
                int p = Arrays.binarySearch(pairs, pair(a, b));
                if (p >= 0) {
                    int g = Arrays.binarySearch(grams, gram(p, c));
                    if (g >= 0) {
                        found.set(g);
                    }
                }
            }
            a = b;
            b = c;
        }
        last[0] = a;
        last[1] = b;
    }

    /** The snippet word number of token {@code k}, or -1 when no snippet has it. */
    private int wordOf(Tokens tokens, int k) {
        if (table == null) {
            table = tokens.table();
        }
        if (table == null || !tokens.numberedIn(table)) {
            return lookUp(tokens.get(k));
        }
        int n = tokens.number(k);
        if (n >= wordsByNumber.length) {
            wordsByNumber = Arrays.copyOf(wordsByNumber, Math.max(n + 1, 2 * wordsByNumber.length));
        }
        int w = wordsByNumber[n];
        if (w == 0) {
            w = lookUp(tokens.get(k)) + 2;
            wordsByNumber[n] = w;
        }
        return w - 2;
    }

    private int lookUp(String token) {
        Integer id = words.get(token);
        return id == null ? -1 : id;
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | second;
    }

    private static long gram(int pairIndex, int third) {
        return ((long) pairIndex << 32) | third;
    }

    /** The values sorted, each once (sorts {@code values} in place). */
    static long[] sortedDistinct(long[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    /** The values sorted, each once (an entry's few grams: the stream's boxing costs nothing that shows). */
    static int[] sortedDistinct(int[] values) {
        return IntStream.of(values).sorted().distinct().toArray();
    }
}
