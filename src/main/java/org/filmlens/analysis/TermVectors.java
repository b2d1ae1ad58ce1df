package org.filmlens.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * TF-IDF vectors over word stems, with document frequencies taken from a whole corpus so that words every page
 * uses (the main characters' names, "ending") weigh little and the words that set a reading apart weigh much.
 * A text's vector is made once and kept: the ending's passages are compared with many questions.
 */
final class TermVectors {
    private final PassageWords words;
    private final ContentStems stems;
    private final TokenNumbers ids = new TokenNumbers();
    private final Map<String, Map<String, Double>> weightsByText = new HashMap<>();
    private final Map<String, TermVector> frozenByText = new HashMap<>();
    /** the corpus-wide table is large; the ending's texts use a few thousand stems, over and over */
    private final Map<String, Double> idfByStem = new HashMap<>();

    /** @param titleWords the film title's words, left out of every vector */
    TermVectors(PassageWords words, Set<String> titleWords) {
        this.words = words;
        this.stems = new ContentStems(titleWords);
    }

    TokenNumbers ids() {
        return ids;
    }

    List<String> stems(String text) {
        return stems.of(text);
    }

    double idf(String stem) {
        Double known = idfByStem.get(stem);
        if (known == null) {
            known = Math.log((1.0 + words.documents()) / (1.0 + words.documentFrequency(stem))) + 1.0;
            idfByStem.put(stem, known);
        }
        return known;
    }

    /** A unit-length vector of the text as a map (never to be changed): sublinear term frequency times idf. */
    Map<String, Double> weights(String text) {
        Map<String, Double> v = weightsByText.get(text);
        if (v == null) {
            v = vector(stems(text));
            weightsByText.put(text, v);
        }
        return v;
    }

    /** The same vector, frozen for comparing. */
    TermVector vector(String text) {
        TermVector v = frozenByText.get(text);
        if (v == null) {
            v = freeze(weights(text));
            frozenByText.put(text, v);
        }
        return v;
    }

    /** The same vector as {@link #vector}, not kept: for the sentences of a passage, each asked about once. */
    TermVector vectorNotKept(String text) {
        return freeze(vector(stems(text)));
    }

    TermVector freeze(Map<String, Double> weights) {
        return TermVector.of(weights, ids);
    }

    private Map<String, Double> vector(List<String> stems) {
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
}
