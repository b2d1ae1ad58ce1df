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

    /**
     * Tallies texts one after another on one thread, finding a term's place in the tally by its {@link Term#id}
     * through arrays kept from one text to the next, which is cheaper than hashing its text; the same tally as
     * {@link TermTally#of}. A text holding a term without an id in range is tallied by {@link TermTally#of}.
     */
    static final class Counter {
        /** By id: the number of the text in which the term was last met, and its place in that text's tally. */
        private final int[] metIn;
        private final int[] place;
        private int text;

        /** @param ids the ids to number by: 0 to this, exclusive */
        Counter(int ids) {
            metIn = new int[ids];
            place = new int[ids];
        }

        TermTally of(Term[] terms, int from, int to) {
            for (int k = from; k < to; k++) {
                if (terms[k].id < 0 || terms[k].id >= metIn.length) {
                    return TermTally.of(terms, from, to);
                }
            }
            if (++text == Integer.MAX_VALUE) { // numbers used up: start again, no term met yet
                Arrays.fill(metIn, 0);
                text = 1;
            }
            Term[] distinct = new Term[Math.min(16, to - from)];
            int[] counts = new int[distinct.length];
            int n = 0;
            for (int k = from; k < to; k++) {
                int id = terms[k].id;
                if (metIn[id] == text) {
                    counts[place[id]]++;
                    continue;
                }
                if (n == distinct.length) {
                    distinct = Arrays.copyOf(distinct, n * 2);
                    counts = Arrays.copyOf(counts, n * 2);
                }
                metIn[id] = text;
                place[id] = n;
                distinct[n] = terms[k];
                counts[n++] = 1;
            }
            return new TermTally(Arrays.copyOf(distinct, n), Arrays.copyOf(counts, n));
        }
    }

    /** One Term per vocabulary text; terms outside the vocabulary (negative id) are made per text, so compare them. */
    private static boolean same(Term a, Term b) {
        return a == b || a.id < 0 && b.id < 0 && a.text.equals(b.text);
    }
}
