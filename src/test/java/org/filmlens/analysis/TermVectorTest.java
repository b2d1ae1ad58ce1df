package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.filmlens.corpus.text.TokenNumbers;
import org.junit.jupiter.api.Test;

class TermVectorTest {
    /** The cosine over maps that the frozen vectors replace, summing in the maps' own order. */
    private static double mapCosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        double na = 0;
        double nb = 0;
        for (double x : a.values()) {
            na += x * x;
        }
        for (double x : b.values()) {
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static Map<String, Double> randomVector(Random random, int size) {
        Map<String, Double> v = new HashMap<>();
        for (int i = 0; i < size; i++) {
            v.put("w" + random.nextInt(300), random.nextDouble());
        }
        return v;
    }

    @Test
    void cosineIsBitForBitTheMapCosine() {
        Random random = new Random(7);
        TokenNumbers ids = new TokenNumbers();
        for (int round = 0; round < 500; round++) {
            Map<String, Double> a = randomVector(random, random.nextInt(60));
            Map<String, Double> b = randomVector(random, random.nextInt(60));
            assertEquals(mapCosine(a, b), TermVector.cosine(TermVector.of(a, ids), TermVector.of(b, ids)), 0.0);
        }
    }

    @Test
    void cosineWithOneSideSpreadIsBitForBitThePlainCosine() {
        Random random = new Random(13);
        TokenNumbers ids = new TokenNumbers();
        double[] byId = new double[400];
        java.util.Arrays.fill(byId, Double.NaN);
        for (int round = 0; round < 500; round++) {
            TermVector a = TermVector.of(randomVector(random, random.nextInt(60)), ids);
            TermVector b = TermVector.of(randomVector(random, random.nextInt(60)), ids);
            a.spreadInto(byId);
            assertEquals(TermVector.cosine(a, b), TermVector.cosine(a, byId, b), 0.0);
            a.clearFrom(byId);
        }
        for (double x : byId) {
            assertTrue(Double.isNaN(x));
        }
    }

    @Test
    void looksUpWeightsByTermId() {
        TokenNumbers ids = new TokenNumbers();
        TermVector v = TermVector.of(Map.of("letter", 0.6, "roof", 0.8), ids);
        assertEquals(0.6, v.weightOf(ids.number("letter")), 0.0);
        assertEquals(0.8, v.weightOf(ids.number("roof")), 0.0);
        assertTrue(Double.isNaN(v.weightOf(ids.number("tide"))));
        assertEquals(1.0, v.normSquared(), 1e-12);
        assertEquals(0.0, TermVector.cosine(v, TermVector.of(Map.of(), ids)), 0.0);
    }
}
