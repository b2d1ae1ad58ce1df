package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One kind of vector (headings or bodies) of every section, per source, with an index from each term to the
 * vectors holding it, in order: what {@link AlikeSections} needs to sum the dot products of all pairs at once.
 * A unit is one source's vector of one section; units are numbered in section order.
 */
final class SectionTerms {
    private final int[] sectionOf;
    private final TermVector[] vectors;
    private final int[][] unitsWith;
    private final double[][] weightsIn;
    /** per term, how far its postings have been passed: units go by in order, so later ones start there */
    private final int[] passed;
    /** per unit, one over its norm (0 for an empty vector): a cosine is then two products, not a root and a division */
    private final double[] inverseNorm;

    SectionTerms(List<QuestionCandidate> sections, Function<QuestionCandidate, Map<String, TermVector>> kind,
                 int terms) {
        List<Integer> sectionList = new ArrayList<>();
        List<TermVector> vectorList = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            QuestionCandidate c = sections.get(i);
            for (String source : c.said().keySet()) {
                sectionList.add(i);
                vectorList.add(kind.apply(c).get(source));
            }
        }
        sectionOf = sectionList.stream().mapToInt(Integer::intValue).toArray();
        vectors = vectorList.toArray(TermVector[]::new);
        int[] counts = new int[terms];
        for (TermVector v : vectors) {
            for (int k = 0; k < v.size(); k++) {
                counts[v.id(k)]++;
            }
        }
        unitsWith = new int[terms][];
        weightsIn = new double[terms][];
        for (int t = 0; t < terms; t++) {
            unitsWith[t] = new int[counts[t]];
            weightsIn[t] = new double[counts[t]];
        }
        int[] filled = new int[terms];
        for (int u = 0; u < vectors.length; u++) {
            TermVector v = vectors[u];
            for (int k = 0; k < v.size(); k++) {
                int t = v.id(k);
                unitsWith[t][filled[t]] = u;
                weightsIn[t][filled[t]++] = v.weight(k);
            }
        }
        passed = new int[terms];
        inverseNorm = new double[vectors.length];
        for (int u = 0; u < vectors.length; u++) {
            double n = vectors[u].normSquared();
            inverseNorm[u] = n == 0 ? 0 : 1 / Math.sqrt(n);
        }
    }

    int units() {
        return vectors.length;
    }

    int section(int unit) {
        return sectionOf[unit];
    }

    /**
     * Adds to {@code dots} the dot product of unit {@code u} with every later unit it shares a term with, listing
     * those in {@code touched} after its first {@code count}. Called once per unit, in order.
     *
     * @return how many units {@code touched} lists now
     */
    int dotsWithLater(int u, double[] dots, int[] touched, int count, boolean[] isTouched) {
        TermVector v = vectors[u];
        for (int k = 0; k < v.size(); k++) {
            int t = v.id(k);
            double x = v.weight(k);
            int[] units = unitsWith[t];
            double[] weights = weightsIn[t];
            int from = ++passed[t]; // units[from - 1] is u itself
            for (int p = from; p < units.length; p++) {
                int w = units[p];
                dots[w] += x * weights[p];
                if (!isTouched[w]) {
                    isTouched[w] = true;
                    touched[count++] = w;
                }
            }
        }
        return count;
    }

    /**
     * The cosine of two units from their dot product (0 when either is empty), to within rounding: for sorting out
     * the pairs worth measuring exactly, not for the measure itself.
     */
    double roughCosine(int u, int w, double dot) {
        return dot * inverseNorm[u] * inverseNorm[w];
    }
}
