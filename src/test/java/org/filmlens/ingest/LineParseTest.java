package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A parsed line's shortcuts (collapsing, counting words) agree with the plain definitions on any text. */
class LineParseTest {
    private static final String ALPHABET = "ab Z9.-*\u2022\t\n\u00a0\u2003\u001c\u0001\u0085\u3000:[]()\u2019\ud83c\udfac";

    @Test
    void countsWordsAndCollapsesAsThePlainScansDo() {
        Random random = new Random(7);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                raw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = raw.toString();
            Line line = Line.parse(0, text);
            assertEquals(Words.wordCount(line.text()), line.words(), text);
            assertEquals(plainCollapse(text), Line.collapse(text), text);
        }
    }

    @Test
    void countsTheWordsOfAListItemWithoutItsMarker() {
        assertEquals(3, Line.parse(0, "  \u2022  one   two\tthree ").words());
        assertEquals(2, Line.parse(0, "12. two words").words());
        assertEquals(1, Line.parse(0, "- ").words()); // "-" alone: no item, one word
        assertEquals(0, Line.parse(0, " \t ").words());
    }

    /** Runs of white space (and no-break spaces) made one space, the ends trimmed, character by character. */
    private static String plainCollapse(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
