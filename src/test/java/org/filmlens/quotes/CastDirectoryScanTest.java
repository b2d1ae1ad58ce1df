package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CastDirectory's hand-written scans must cut and match exactly as the regexes they stand for. */
class CastDirectoryScanTest {
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\\-]+");
    private static final String[] FRAGMENTS = {
        " ", "  ", "\n", "\t", "\r\n", "\u000B", "\f", "\u00a0", ",", ".", ". ", "!", "?", "?!", "\u2026", "\"", "'",
        "-", "(", ":", "a", "A", "he", "He", "The", "Elias", "O'Neil", "Mary-Jane", "Brand's", "x", "1",
        "\u00c9lise", "\u00e9t\u00e9", "\u0130", "\u01c5ab", "\u2160", "\u24b6", "\ud835\udc00bc", "\ud835\udc1a",
        "\ud83d\ude00", "\ud800", "\udc00", "\u0416\u0430\u043d", "\u4e2d"
    };

    @Test
    void splitsSentencesAsTheRegexDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String text = generated(random, random.nextInt(14));
            assertEquals(Arrays.asList(SENTENCE.split(text)), CastDirectory.sentences(text), visible(text));
        }
        for (String text : List.of("", " ", ".", ". A", "A. B. C", "Yes.  No", "Yes. no. Yes!\tOK? \u00c9t\u00e9",
                "End.", "End. ", "x.\n\u2160", "x. \ud835\udc00")) {
            assertEquals(Arrays.asList(SENTENCE.split(text)), CastDirectory.sentences(text), visible(text));
        }
    }

    @Test
    void endsCapitalisedWordsWhereTheRegexDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            String text = generated(random, 1 + random.nextInt(8));
            Matcher m = CAPITALISED_WORD.matcher(text);
            for (int p = 0; p < text.length(); p++) {
                m.region(p, text.length());
                int expected = m.lookingAt() ? m.end() : -1;
                assertEquals(expected, CastDirectory.capitalisedWordEnd(text, p), p + " in " + visible(text));
            }
        }
    }

    private static String generated(Random random, int fragments) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fragments; i++) {
            b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return b.toString();
    }

    private static String visible(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
