package org.filmlens.analysis;

import java.util.Arrays;
import java.util.Map;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * A term vector frozen for comparing many times: its terms as interned ids in the order its map gave them (so sums
 * over it add up in the same order, to the same bits, as sums over the map did), a copy sorted by id for lookups,
 * and its squared norm, computed once instead of on every comparison.
 */
final class TermVector {
    private final String[] terms;
    private final int[] ids;
    private final double[] weights;
    private final int[] sortedIds;
    private final double[] sortedWeights;
    private final double normSquared;

    private TermVector(String[] terms, int[] ids, double[] weights) {
        this.terms = terms;
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        for (double x : weights) {
            sum += x * x;
        }
        this.normSquared = sum;
        // id and position in one long (ids are not negative): sorted without boxing, ties in position order
        long[] order = new long[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (long) ids[i] << 32 | i;
        }
        Arrays.sort(order);
        this.sortedIds = new int[ids.length];
        this.sortedWeights = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            int at = (int) order[i];
            sortedIds[i] = ids[at];
            sortedWeights[i] = weights[at];
        }
    }

    /** The map's entries in its own iteration order. */
    static TermVector of(Map<String, Double> weights, TokenNumbers termIds) {
        String[] terms = new String[weights.size()];
        int[] ids = new int[weights.size()];
        double[] values = new double[weights.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            terms[i] = e.getKey();
            ids[i] = termIds.number(e.getKey());
            values[i] = e.getValue();
            i++;
        }
        return new TermVector(terms, ids, values);
    }

    int size() {
        return ids.length;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    String term(int i) {
        return terms[i];
    }

    int id(int i) {
        return ids[i];
    }

    double weight(int i) {
        return weights[i];
    }

    /** The sum of the squared weights, added in iteration order. */
    double normSquared() {
        return normSquared;
    }

    /** The weight of a term, or NaN when the vector does not hold it. */
    double weightOf(int id) {
        int at = Arrays.binarySearch(sortedIds, id);
        return at < 0 ? Double.NaN : sortedWeights[at];
    }

    /** Writes this vector's weights into {@code byId} at their ids (for {@link #cosine(TermVector, double[], TermVector)}). */
    void spreadInto(double[] byId) {
        for (int i = 0; i < ids.length; i++) {
            byId[ids[i]] = weights[i];
        }
    }

    /** Puts NaN back where {@link #spreadInto} wrote. */
    void clearFrom(double[] byId) {
        for (int id : ids) {
            byId[id] = Double.NaN;
        }
    }

    /**
     * {@link #cosine(TermVector, TermVector)} for an {@code a} measured against many vectors, its weights spread by id
     * in {@code aById} (NaN where it has none): where {@code b} is the smaller, each of b's terms is an array read
     * instead of a search, and the sum is the same products in the same order, so the same bits.
     */
    static double cosine(TermVector a, double[] aById, TermVector b) {
        if (a.size() <= b.size()) {
            return cosine(a, b);
        }
        double dot = 0;
        for (int i = 0; i < b.ids.length; i++) {
            double y = aById[b.ids[i]];
            if (!Double.isNaN(y)) {
                dot += b.weights[i] * y;
            }
        }
        double na = a.normSquared;
        double nb = b.normSquared;
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Cosine of two vectors, summing the dot product over the smaller one in its order (as the maps' cosine did). */
    static double cosine(TermVector a, TermVector b) {
        TermVector small = a.size() <= b.size() ? a : b;
        TermVector large = small == a ? b : a;
        double dot = 0;
        for (int i = 0; i < small.ids.length; i++) {
            double y = large.weightOf(small.ids[i]);
            if (!Double.isNaN(y)) {
                dot += small.weights[i] * y;
            }
        }
        double na = a.normSquared;
        double nb = b.normSquared;
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
