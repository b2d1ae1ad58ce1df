package org.filmlens.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors over word stems, with document frequencies taken from a whole corpus so that words every page
 * uses (the main characters' names, "ending") weigh little and the words that set a reading apart weigh much.
 */
final class TermVectors {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TermVectors(Collection<List<String>> documentsAsStems) {
        for (List<String> doc : documentsAsStems) {
            doc.stream().distinct().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        this.documents = Math.max(1, documentsAsStems.size());
    }

    double idf(String stem) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(stem, 0))) + 1.0;
    }

    /** A unit-length vector: sublinear term frequency times idf. */
    Map<String, Double> vector(List<String> stems) {
        Map<String, Integer> tf = new HashMap<>();
        stems.forEach(s -> tf.merge(s, 1, Integer::sum));
        Map<String, Double> v = new HashMap<>();
        tf.forEach((term, count) -> v.put(term, (1.0 + Math.log(count)) * idf(term)));
        return normalised(v);
    }

    static Map<String, Double> normalised(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm == 0) {
            return v;
        }
        Map<String, Double> out = new HashMap<>();
        v.forEach((k, x) -> out.put(k, x / norm));
        return out;
    }

    /** {@code a + weight * b}, not normalised. */
    static Map<String, Double> add(Map<String, Double> a, Map<String, Double> b, double weight) {
        Map<String, Double> out = new HashMap<>(a);
        b.forEach((k, x) -> out.merge(k, weight * x, Double::sum));
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        for (double x : a.values()) {
            na += x * x;
        }
        for (double x : b.values()) {
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
