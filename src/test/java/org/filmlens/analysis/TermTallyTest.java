package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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

    private static void assertSameAsMaps(Term[] terms, int from, int to) {
        TermTally fast = TermTally.of(terms, from, to);
        TermTally maps = TermTally.viaMaps(terms, from, to);
        assertEquals(maps.size(), fast.size());
        for (int i = 0; i < maps.size(); i++) {
            assertEquals(maps.terms[i].text, fast.terms[i].text, "term " + i);
        }
        assertArrayEquals(maps.counts, fast.counts);
    }

    /** The order of the two maps, on texts of every length, with repeats, crowded buckets and unknown terms twice. */
    @Test
    void givesTheMapsOrder() {
        Random random = new Random(5);
        List<Term> vocabulary = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Term t = new Term(i % 5 == 0 ? colliding(i, 9) : "w" + i); // one Term per text, as in a vocabulary
            t.id = i;
            vocabulary.add(t);
        }
        for (int n = 0; n < 20_000; n++) {
            int length = random.nextInt(n % 10 == 0 ? 400 : 40);
            Term[] text = new Term[length + 2];
            int crowd = random.nextInt(4);
            for (int k = 0; k < text.length; k++) {
                int pick = random.nextInt(crowd == 0 ? 400 : crowd == 1 ? 30 : 200);
                text[k] = random.nextInt(50) == 0 ? Term.unknown("u" + random.nextInt(3), 10)
                        : vocabulary.get(crowd == 2 ? pick / 5 * 5 : pick);
            }
            assertSameAsMaps(text, 1, text.length - 1);
        }
    }
}
