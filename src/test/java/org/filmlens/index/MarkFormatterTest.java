package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkFormatterTest {
    @Test
    void escapesAmpersandsAndAngleBracketsAndCopiesTheRest() {
        StringBuilder sb = new StringBuilder("x");
        MarkFormatter.escape("a<b>&c “d” é", 1, 12, sb);
        assertEquals("x&lt;b&gt;&amp;c “d” é", sb.toString());
    }

    /** Random texts and ranges against escaping one character at a time. */
    @Test
    void sameAsEscapingCharacterByCharacter() {
        Random rnd = new Random(42);
        String alphabet = "ab <>&\u201C\u00E9\n";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = rnd.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            int from = text.length() == 0 ? 0 : rnd.nextInt(text.length() + 1);
            int to = from + rnd.nextInt(text.length() - from + 1);
            StringBuilder expected = new StringBuilder();
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                expected.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : String.valueOf(c));
            }
            StringBuilder actual = new StringBuilder();
            MarkFormatter.escape(text.toString(), from, to, actual);
            assertEquals(expected.toString(), actual.toString(), text + " [" + from + ", " + to + ")");
        }
    }
}
