package org.filmlens.analysis;

import java.util.Arrays;

/**
 * Per question, the found passages that pass the cheap tests of {@link AnswerSelection}: at least
 * {@link AnswerSelection#ASSIGN} alike and within {@link AnswerSelection#NEAR_BEST} of their best match, not named
 * in passing. The likeness matrix is passage by question, so it is read row by row here, once, instead of a column
 * per question (a walk that touches every passage's row for every question).
 */
final class AnswerShortlist {
    private final int[][] passagesOf;

    /**
     * @param sims {@code [passage][question]} likeness
     * @param bestOf each passage's best likeness over all questions
     * @param passing the passages that answer no question
     */
    AnswerShortlist(double[][] sims, double[] bestOf, boolean[] passing, int questions) {
        passagesOf = new int[questions][];
        int[] sizes = new int[questions];
        for (int q = 0; q < questions; q++) {
            passagesOf[q] = new int[4];
        }
        for (int i = 0; i < sims.length; i++) {
            if (passing[i]) {
                continue;
            }
            double[] row = sims[i];
            for (int q = 0; q < questions; q++) {
                if (near(row[q], bestOf[i])) {
                    if (sizes[q] == passagesOf[q].length) {
                        passagesOf[q] = Arrays.copyOf(passagesOf[q], 2 * sizes[q]);
                    }
                    passagesOf[q][sizes[q]++] = i;
                }
            }
        }
        for (int q = 0; q < questions; q++) {
            passagesOf[q] = Arrays.copyOf(passagesOf[q], sizes[q]);
        }
    }

    /** The same tests, written as they were (a NaN likeness passes them, and the later test turns it down). */
    private static boolean near(double sim, double best) {
        return !(sim < AnswerSelection.ASSIGN || sim < AnswerSelection.NEAR_BEST * best);
    }

    /** The passages of question {@code q} that pass, in ascending order. */
    int[] of(int q) {
        return passagesOf[q];
    }
}
