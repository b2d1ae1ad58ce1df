package org.filmlens.analysis;

import java.util.Arrays;
import org.filmlens.analysis.PassageTerms.Term;

/**
 * A text's distinct terms and how often each occurs, in the order of their first occurrence: a fit sums over them in
 * that order, a defined one (the maps this replaced gave their own hash order, and the fits came out the same at 10
 * and 100 MB). Counted in one small open-addressed table per text instead of maps, which were a large part of the
 * fits' cost.
 */
final class TermTally {
    final Term[] terms;
    final int[] counts;

    private TermTally(Term[] terms, int[] counts) {
        this.terms = terms;
        this.counts = counts;
    }

    int size() {
        return terms.length;
    }

    /** The tally of {@code terms[from, to)}: one Term per distinct text. */
    static TermTally of(Term[] terms, int from, int to) {
        int capacity = Integer.highestOneBit(Math.max(4, to - from) * 2 - 1) * 2; // at most half full
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
        return new TermTally(Arrays.copyOf(distinct, n), Arrays.copyOf(counts, n));
    }

    /** One Term per vocabulary text; terms outside the vocabulary (negative id) are made per text, so compare them. */
    private static boolean same(Term a, Term b) {
        return a == b || a.id < 0 && b.id < 0 && a.text.equals(b.text);
    }
}
