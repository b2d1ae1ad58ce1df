package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class AliasFinderStartTest {
    private static final List<String> PIECES = List.of("the ", "The ", "keeper", "old", "supply-boat", "skipper",
            " ", ", ", ",", "Elias", "Brand", "(", ")", ";", "-", "a", "Mara", "’s", "\n", "ª", "man ");

    @Test
    void saysYesWhereverTheDescriptionPatternMatches() {
        Random random = new Random(5);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = b.toString();
            Matcher m = AliasFinder.THE_DESC_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; at < text.length(); at++) {
                if (m.region(at, text.length()).lookingAt()) {
                    assertTrue(AliasFinder.startsTheDescription(text.toCharArray(), at), text + " @" + at);
                }
            }
        }
    }

    @Test
    void saysYesWhereverThePossessorPatternMatches() {
        Random random = new Random(6);
        List<String> pieces = List.of("his ", "Her ", "their ", "Mara’s ", "O'Neil's ", "sister", "old", "-", " ",
                ", ", ",", "June", "Corin", "(", ".", "the ", "’s", "s", "\n", "ª");
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            Matcher m = AliasFinder.POSSESSOR_DESC_NAME.matcher(text).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            for (int at = 0; at < text.length(); at++) {
                if (m.region(at, text.length()).lookingAt()) {
                    assertTrue(AliasFinder.mayStartPossessor(text.toCharArray(), at), text + " @" + at);
                }
            }
        }
        assertFalse(AliasFinder.mayStartPossessor("his own way".toCharArray(), 0));
        assertTrue(AliasFinder.mayStartPossessor("her sister June.".toCharArray(), 0));
    }

    @Test
    void saysNoToTheInOrdinaryProse() {
        assertFalse(AliasFinder.startsTheDescription("the cat sat on the mat.".toCharArray(), 0));
        assertTrue(AliasFinder.startsTheDescription("the keeper, Elias Brand".toCharArray(), 0));
        assertTrue(AliasFinder.startsTheDescription("the supply boat skipper Corin (".toCharArray(), 0));
    }
}
