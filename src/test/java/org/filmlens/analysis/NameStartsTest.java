package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameStartsTest {
    private static final List<String> PIECES = List.of("Joaquin", "Phoenix", "Mara", "’s", "'s", "O’Brien", "J.", "de",
            "(", ")", " ", " ", " ", "  ", "\n", "\t", ",", "and", "A", "Jean-Luc", "R2", "Émile", "voiced", "s", "-",
            "as", "The", "x", ".", "’", "Mc'Coy");

    @Test
    void eachTestSaysYesWhereverItsPatternMatches() {
        assertSound(Pattern.compile(NameShapes.PERSON), NameStarts.PERSON);
        assertSound(Pattern.compile("(?:" + NameShapes.PERSON + "|" + NameShapes.WORD + ")(?:’s|'s)\\s"),
                NameStarts.POSSESSIVE_NAME);
        assertSound(Pattern.compile(NameShapes.WORD + "(?:’s|'s) "), (text, at) -> NameStarts.possessiveWordEnd(text, at) >= 0);
        assertSound(Pattern.compile(NameShapes.NAME + "(?:’s|'s)?\\s*\\("), NameStarts.NAME_THEN_PARENTHESIS);
    }

    @Test
    void saysNoWhereTheOpeningCannotBe() {
        assertFalse(NameStarts.PERSON.mayStartAt("The cat sat".toCharArray(), 0));
        assertTrue(NameStarts.PERSON.mayStartAt("Rooney Mara".toCharArray(), 0));
        assertFalse(NameStarts.POSSESSIVE_NAME.mayStartAt("When the sun sets, Mara’s sister".toCharArray(), 0));
        assertTrue(NameStarts.POSSESSIVE_NAME.mayStartAt("Rooney Mara’s sister".toCharArray(), 0));
        assertEquals(-1, NameStarts.possessiveWordEnd("Mara sees".toCharArray(), 0));
        assertTrue(NameStarts.NAME_THEN_PARENTHESIS.mayStartAt("Theodore Twombly’s (Joaquin".toCharArray(), 0));
        assertFalse(NameStarts.NAME_THEN_PARENTHESIS.mayStartAt("Theodore and Amy (Amy Adams)".toCharArray(), 0));
    }

    private static void assertSound(Pattern pattern, AnchoredMatches.Start start) {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = b.toString();
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; at < text.length(); at++) {
                if (m.region(at, text.length()).lookingAt()) {
                    assertTrue(start.mayStartAt(text.toCharArray(), at), text + " @" + at);
                }
            }
        }
    }
}
