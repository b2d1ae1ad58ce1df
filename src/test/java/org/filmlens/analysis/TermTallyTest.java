package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.filmlens.analysis.PassageTerms.Term;
import org.junit.jupiter.api.Test;

class TermTallyTest {
    /** Words whose hashes collide ("Aa" and "BB" hash alike, and so do all their concatenations). */
    private static String colliding(int bits, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((bits >> i & 1) == 0 ? "Aa" : "BB");
        }
        return sb.toString();
    }

    /** Each distinct text once with its count, in first-occurrence order, as an insertion-ordered map counts them. */
    @Test
    void countsEachTermOnceInTheOrderFirstMet() {
        Random random = new Random(5);
        List<Term> vocabulary = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Term t = new Term(i % 5 == 0 ? colliding(i, 9) : "w" + i); // one Term per text, as in a vocabulary
            t.id = i;
            vocabulary.add(t);
        }
        TermTally.Counter counter = new TermTally.Counter(400);
        for (int n = 0; n < 20_000; n++) {
            int length = random.nextInt(n % 10 == 0 ? 400 : 40);
            Term[] text = new Term[length + 2];
            int crowd = random.nextInt(4);
            for (int k = 0; k < text.length; k++) {
                int pick = random.nextInt(crowd == 0 ? 400 : crowd == 1 ? 30 : 200);
                text[k] = random.nextInt(50) == 0 ? Term.unknown("u" + random.nextInt(3), 10) // unknown: one per use
                        : vocabulary.get(crowd == 2 ? pick / 5 * 5 : pick);
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int k = 1; k < text.length - 1; k++) {
                expected.merge(text[k].text, 1, Integer::sum);
            }
            TermTally tally = TermTally.of(text, 1, text.length - 1);
            assertEquals(List.copyOf(expected.keySet()), textsOf(tally));
            assertEquals(List.copyOf(expected.values()), countsOf(tally));
            TermTally byId = counter.of(text, 1, text.length - 1); // the same, numbered by id
            assertEquals(List.copyOf(expected.keySet()), textsOf(byId));
            assertEquals(List.copyOf(expected.values()), countsOf(byId));
        }
    }

    private static List<String> textsOf(TermTally tally) {
        List<String> out = new ArrayList<>();
        for (Term t : tally.terms) {
            out.add(t.text);
        }
        return out;
    }

    private static List<Integer> countsOf(TermTally tally) {
        List<Integer> out = new ArrayList<>();
        for (int c : tally.counts) {
            out.add(c);
        }
        return out;
    }
}
