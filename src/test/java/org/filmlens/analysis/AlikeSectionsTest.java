package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.filmlens.corpus.text.TokenNumbers;
import org.junit.jupiter.api.Test;

class AlikeSectionsTest {
    /** Every pair measured: the same wording, or half the headings' cosine plus half the bodies', best source pair. */
    private static List<AlikeSections.Pair> everyPair(List<QuestionCandidate> sections) {
        List<AlikeSections.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                QuestionCandidate a = sections.get(i);
                QuestionCandidate b = sections.get(j);
                double sim = 0;
                if (a.id.equals(b.id)) {
                    sim = 1.0;
                } else {
                    for (String sa : a.said().keySet()) {
                        for (String sb : b.said().keySet()) {
                            sim = Math.max(sim, 0.5 * TermVector.cosine(a.headings.get(sa), b.headings.get(sb))
                                    + 0.5 * TermVector.cosine(a.bodies.get(sa), b.bodies.get(sb)));
                        }
                    }
                }
                if (sim >= EndingQuestionBuilder.MERGE) {
                    pairs.add(new AlikeSections.Pair(i, j, sim));
                }
            }
        }
        return pairs;
    }

    /** Words drawn with a skew, as in writing: a few in nearly every section, most in a few. */
    private static Map<String, Double> randomVector(Random random, int size, int vocabulary) {
        Map<String, Double> v = new HashMap<>();
        for (int k = 0; k < size; k++) {
            int word = (int) (vocabulary * Math.pow(random.nextDouble(), 3));
            v.put("w" + word, 0.05 + random.nextDouble());
        }
        return v;
    }

    private static List<QuestionCandidate> randomSections(Random random, TokenNumbers ids) {
        int count = 2 + random.nextInt(120);
        int vocabulary = 5 + random.nextInt(200);
        List<QuestionCandidate> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // a few wordings recur, as headings like "The ending explained" do
            String id = random.nextInt(4) == 0 ? "same-" + random.nextInt(3) : "q" + i;
            QuestionCandidate c = new QuestionCandidate(id, id, false);
            int sources = random.nextInt(5) == 0 ? 2 + random.nextInt(3) : 1;
            for (int s = 0; s < sources; s++) {
                String source = "s" + random.nextInt(1000);
                int headingSize = random.nextInt(7) == 0 ? 0 : 1 + random.nextInt(5);
                int bodySize = random.nextInt(9) == 0 ? 0 : 1 + random.nextInt(40);
                TermVector heading = TermVector.of(randomVector(random, headingSize, vocabulary), ids);
                TermVector body = TermVector.of(randomVector(random, bodySize, vocabulary), ids);
                c.say(source, body);
                c.headings.put(source, heading);
                c.bodies.put(source, body);
            }
            sections.add(c);
        }
        return sections;
    }

    /** The pairs a first rough sum sorts out and then measures are exactly those of measuring every pair. */
    @Test
    void findsExactlyThePairsThatMeasuringEveryPairFinds() {
        Random random = new Random(11);
        int alike = 0;
        for (int round = 0; round < 400; round++) {
            TokenNumbers ids = new TokenNumbers();
            List<QuestionCandidate> sections = randomSections(random, ids);
            Comparator<AlikeSections.Pair> order = Comparator.comparingInt(AlikeSections.Pair::a)
                    .thenComparingInt(AlikeSections.Pair::b);
            List<AlikeSections.Pair> expected = everyPair(sections);
            List<AlikeSections.Pair> found = new ArrayList<>(AlikeSections.alikePairs(sections, ids.size()));
            found.sort(order);
            assertEquals(expected, found, "round " + round);
            alike += expected.size();
        }
        assertTrue(alike > 10_000, "the random sections should hold many alike pairs: " + alike);
    }
}
