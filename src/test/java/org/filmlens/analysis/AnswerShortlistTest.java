package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnswerShortlistTest {
    /** The column walk it replaces: per question, every passage in order through the cheap tests. */
    private static int[] column(double[][] sims, double[] bestOf, boolean[] passing, int q) {
        return IntStream.range(0, sims.length).filter(i -> {
            double sim = sims[i][q];
            return !(sim < AnswerSelection.ASSIGN || sim < AnswerSelection.NEAR_BEST * bestOf[i] || passing[i]);
        }).toArray();
    }

    @Test
    void listsWhatTheColumnWalkLets() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            int passages = random.nextInt(40);
            int questions = 1 + random.nextInt(12);
            double[][] sims = new double[passages][questions];
            double[] bestOf = new double[passages];
            boolean[] passing = new boolean[passages];
            for (int i = 0; i < passages; i++) {
                for (int q = 0; q < questions; q++) {
                    int kind = random.nextInt(10);
                    sims[i][q] = kind == 0 ? Double.NaN : kind < 4 ? 0 : random.nextDouble();
                    bestOf[i] = Math.max(bestOf[i], sims[i][q]);
                }
                passing[i] = random.nextInt(8) == 0;
            }
            AnswerShortlist shortlist = new AnswerShortlist(sims, bestOf, passing, questions);
            for (int q = 0; q < questions; q++) {
                assertArrayEquals(column(sims, bestOf, passing, q), shortlist.of(q));
            }
        }
    }
}
