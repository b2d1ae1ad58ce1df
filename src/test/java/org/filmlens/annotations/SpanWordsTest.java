package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanWordsTest {
    /** What the fuzzy search compared by before its one-pass reader: the same words, in the same order. */
    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> read(String text) {
        List<String> out = new ArrayList<>();
        SpanWords.forEach(text, out::add);
        return out;
    }

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigitsOfThreeOrMore() {
        assertEquals(List.of("the", "past", "just", "story", "1999", "tell", "ourselves"),
                read("The past is just a story, 1999: we tell... OURSELVES"));
        assertEquals(List.of("café", "naïve", "über"), read("Café—naïve \"Über\" ok"));
    }

    @Test
    void readsAsTheRegularExpressionOverAnyText() {
        // letters and numbers of every kind, marks, the dotted capital I (lower-cased to two chars), a title-case
        // letter, Roman numerals, superscripts, letters outside the BMP, emoji and punctuation
        String alphabet = "abcXYZ019 ,.;'\"-—\n\téÉüßİıǅⅫ²½\u0301\u0307日本語" + "\uD835\uDC00\uD83D\uDE00";
        int[] points = alphabet.codePoints().toArray();
        Random random = new Random(2013);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
            String t = text.toString();
            assertEquals(byRegex(t), read(t), () -> "text: " + t);
        }
    }
}
