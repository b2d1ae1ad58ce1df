package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MatchTokens' one-pass lowering must write what lower-casing the whole text and straightening its quotes does. */
class MatchTokensLoweredTest {
    private static final String[] FRAGMENTS = {
        " ", "A", "z", "Z", "`", "'", "\u2018", "\u2019", "\u201c", "I'M", "Don\u2019t", "[ laughs ]", "0", "\u00c9",
        "\u0130", "\u03a3", "\u03a3\u039f\u03a3", "\u212a", "\ud835\udc00", "\ud800", "ss", "\u00df", "-", "."
    };

    @Test
    void lowersAsTheWholeTextRouteDoes() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String text = b.toString();
            String expected = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                    .replace('`', '\'');
            assertEquals(expected, MatchTokens.lowered(text));
        }
    }

    @Test
    void keepsATextThatNeedsNoChange() {
        String text = "already lower, no quotes";
        assertSame(text, MatchTokens.lowered(text));
        assertEquals(List.of("we", "can", "not", "go", "hom", "is", "not", "it"),
                MatchTokens.of("I can\u2019t go HOME, isn`t it"));
    }
}
