package org.filmlens.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.filmlens.analysis.PassageTerms.Term;

/**
 * A text's distinct terms and how often each occurs, in the order the scene fits were first summed in: that of a
 * {@code HashMap<String, …>} filled with {@code computeIfAbsent} in text order, copied with {@code put} into a new
 * one and iterated. The order decides the floating-point sums of a fit and ties between a reason's words, so it is
 * kept; it is worked out from the terms' hashes rather than with two maps per text, which were a large part of the
 * fits. A HashMap walks its buckets in index order; a bucket holds its entries in the order they came when filled with
 * put, and the reverse when filled with computeIfAbsent (it prepends), which a resize keeps. Where a bucket could grow
 * to a tree (8 entries and more), or a full bucket could resize a small table early, the maps are filled as before.
 */
final class TermTally {
    /** A bucket of this many entries becomes a tree or grows a small table: the order is then left to the maps. */
    private static final int CROWDED = 8;

    final Term[] terms;
    final int[] counts;

    private TermTally(Term[] terms, int[] counts) {
        this.terms = terms;
        this.counts = counts;
    }

    int size() {
        return terms.length;
    }

    /** The tally of {@code terms[from, to)}: one Term per distinct text (a term no passage holds may come twice). */
    static TermTally of(Term[] terms, int from, int to) {
        int capacity = Integer.highestOneBit(Math.max(4, to - from) * 2 - 1) * 2;
        int[] slots = new int[capacity]; // index + 1 into distinct, by the text's hash
        Term[] distinct = new Term[Math.min(16, to - from)];
        int[] counts = new int[distinct.length];
        int n = 0;
        int mask = capacity - 1;
        for (int k = from; k < to; k++) {
            Term t = terms[k];
            int h = t.text.hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (slots[slot] != 0 && !same(distinct[slots[slot] - 1], t)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                if (n == distinct.length) {
                    distinct = Arrays.copyOf(distinct, n * 2);
                    counts = Arrays.copyOf(counts, n * 2);
                }
                distinct[n++] = t;
                slots[slot] = n;
            }
            counts[slots[slot] - 1]++;
        }
        boolean callAfterLastNew = n > 0 && calledAfter(terms, from, to, distinct[n - 1]);
        int[] order = hashMapOrder(distinct, n, callAfterLastNew);
        if (order == null) {
            return viaMaps(terms, from, to);
        }
        Term[] orderedTerms = new Term[n];
        int[] orderedCounts = new int[n];
        for (int i = 0; i < n; i++) {
            orderedTerms[i] = distinct[order[i]];
            orderedCounts[i] = counts[order[i]];
        }
        return new TermTally(orderedTerms, orderedCounts);
    }

    private static boolean same(Term a, Term b) {
        return a == b || a.id < 0 && b.id < 0 && a.text.equals(b.text);
    }

    /** Whether a term of the text comes after the first occurrence of the last new one: the map was called again. */
    private static boolean calledAfter(Term[] terms, int from, int to, Term lastNew) {
        for (int k = from; k < to - 1; k++) {
            if (same(terms[k], lastNew)) {
                return true; // its first occurrence is before the end
            }
        }
        return false;
    }

    /**
     * The iteration order of the copied map, as indexes into {@code distinct} (in first-occurrence order); null where a
     * bucket may have been crowded.
     *
     * @param callAfterLastNew whether computeIfAbsent was called again after the last new term was added (the first
     *                         map grows at the start of the call after it passes its threshold)
     */
    static int[] hashMapOrder(Term[] distinct, int n, boolean callAfterLastNew) {
        int[] hashes = new int[n];
        for (int k = 0; k < n; k++) {
            int h = distinct[k].text.hashCode();
            hashes[k] = h ^ (h >>> 16);
        }
        // The first map: filled in first-occurrence order, grown when a call starts with size > 3/4 of the table.
        int table = fill(hashes, n, true);
        if (table < 0) {
            return null;
        }
        if (callAfterLastNew && n > table * 3 / 4) {
            table *= 2;
        }
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            keys[k] = (long) (hashes[k] & (table - 1)) << 32 | (n - 1 - k); // within a bucket, latest first
        }
        Arrays.sort(keys);
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = n - 1 - (int) keys[i];
        }
        // The copy: filled with put in the first map's order, grown once its size passes 3/4 of the table.
        int[] firstHashes = new int[n];
        for (int i = 0; i < n; i++) {
            firstHashes[i] = hashes[first[i]];
        }
        int copyTable = fill(firstHashes, n, false);
        if (copyTable < 0) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            keys[i] = (long) (firstHashes[i] & (copyTable - 1)) << 32 | i; // within a bucket, in the order put
        }
        Arrays.sort(keys);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = first[(int) keys[i]];
        }
        return out;
    }

    /**
     * The table size of a map filled with the entries of these hashes in order, or -1 when an entry comes to a bucket
     * that already holds {@link #CROWDED} - 1 entries.
     *
     * @param growFirst grow when a call starts with the size past 3/4 of the table (computeIfAbsent), rather than
     *                  right after the entry that takes it past (put)
     */
    private static int fill(int[] hashes, int n, boolean growFirst) {
        int table = 16;
        int[] inBucket = new int[table];
        for (int k = 0; k < n; k++) {
            if (growFirst && k > table * 3 / 4) {
                table *= 2;
                inBucket = buckets(hashes, k, table);
            }
            int b = hashes[k] & (table - 1);
            if (inBucket[b] >= CROWDED - 1) {
                return -1;
            }
            inBucket[b]++;
            if (!growFirst && k + 1 > table * 3 / 4) {
                table *= 2;
                inBucket = buckets(hashes, k + 1, table);
            }
        }
        return table;
    }

    /** How many of the first {@code n} entries each bucket of the table holds. */
    private static int[] buckets(int[] hashes, int n, int table) {
        int[] out = new int[table];
        for (int k = 0; k < n; k++) {
            out[hashes[k] & (table - 1)]++;
        }
        return out;
    }

    /** A term and how often the text holds it, as the maps hold them. */
    private static final class Count {
        final Term term;
        int n;

        Count(Term term) {
            this.term = term;
        }
    }

    /** The tally as the two maps give it: for the rare text whose order the hashes alone do not settle. */
    static TermTally viaMaps(Term[] terms, int from, int to) {
        Map<String, Count> counts = new HashMap<>();
        for (int k = from; k < to; k++) {
            Term t = terms[k];
            counts.computeIfAbsent(t.text, x -> new Count(t)).n++;
        }
        Map<String, Count> ordered = new HashMap<>();
        counts.forEach(ordered::put);
        Term[] out = new Term[ordered.size()];
        int[] n = new int[ordered.size()];
        int j = 0;
        for (Count c : ordered.values()) {
            out[j] = c.term;
            n[j++] = c.n;
        }
        return new TermTally(out, n);
    }
}
