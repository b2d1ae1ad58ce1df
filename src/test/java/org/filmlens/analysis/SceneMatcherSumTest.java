package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SceneMatcherSumTest {
    /** The fits' norm sums squares as a stream of them did, to the last bit (the scores rest on it). */
    @Test
    void sumsSquaresAsAStreamDoes() {
        Random random = new Random(3);
        for (int n = 0; n < 200_000; n++) {
            double[] v = new double[random.nextInt(40)];
            for (int k = 0; k < v.length; k++) {
                v[k] = random.nextDouble() * Math.pow(10, random.nextInt(14) - 7) * (random.nextBoolean() ? 1 : -1);
            }
            double[] squares = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                squares[k] = v[k] * v[k];
            }
            assertEquals(Double.doubleToLongBits(Arrays.stream(squares).sum()),
                    Double.doubleToLongBits(SceneMatcher.sumOfSquares(v)), Arrays.toString(v));
        }
    }
}
