package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a start gate against the pattern it guards: the gate must be true wherever the pattern matches (it may be
 * true elsewhere too), and StartGate.find with it must give the matches of a plain find() loop.
 */
final class GateCheck {
    /** Pieces of cast and attribution prose, punctuation and awkward characters, joined at random. */
    private static final String[] FRAGMENTS = {
        " ", "  ", "\n", "\t", "\u000B", "\u00a0", ",", ", ", ".", ". ", "!", "?", "\u2026", "\"", "\u201c", "\u201d",
        "\u2019", "'", "-", "(", " (", ")", ":", ";", "_", "1", "x", "the", "The", "the keeper, ", "The old keeper, ",
        "keeper", "lighthouse-keeper", "he", "He", "she", "She", "his", "her", "hers", "himself", "Sheila", "as", "As",
        "as ", "plays", "plays ", "played", "stars as ", "starring as ", "voiced by ", "played by ", "says", "says ",
        "said", "tells", "tells ", "asked", "says to ", "explains", "quietly", "Then ", "Elias", "Brand", "Amy",
        "Adams", "Amy Adams", "Theodore", "Twombly", "Joaquin Phoenix ", "O'Neil", "Mary-Jane", "Brand's", "\u00c9lise",
        "\u00e9t\u00e9", "\u00f1and\u00fa", "\u0130", "\u01c5ab", "\u2160", "\u24b6", "\ud835\udc00bc", "\ud835\udc1a",
        "\ud83d\ude00", "\ud800", "\udc00", "\u0416\u0430\u043d", "\u4e2d"
    };

    private GateCheck() {}

    /**
     * The gate on each hand-made text (each must hold a match) and on random texts from a fixed seed: fragments and
     * slices of the hand-made texts, so that matches, near misses and cut words are frequent.
     */
    static void assertAdmitsEveryMatch(Pattern pattern, StartGate.CanStart gate, List<String> handMade) {
        for (String text : handMade) {
            assertTrue(check(pattern, gate, text) > 0, "no match in the hand-made " + text);
        }
        Random random = new Random(20261123);
        int matches = 0;
        for (int round = 0; round < 4_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                if (random.nextInt(4) == 0) {
                    String from = handMade.get(random.nextInt(handMade.size()));
                    int a = random.nextBoolean() ? 0 : random.nextInt(from.length() + 1);
                    int b = random.nextBoolean() ? from.length() : a + random.nextInt(from.length() - a + 1);
                    text.append(from, a, b);
                } else {
                    text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                }
            }
            matches += check(pattern, gate, text.toString());
        }
        assertTrue(matches >= 100, "random texts match too rarely to test the gate: " + matches);
    }

    /** Asserts both properties on one text; the number of positions where the pattern matches. */
    private static int check(Pattern pattern, StartGate.CanStart gate, String text) {
        Matcher at = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int matching = 0;
        for (int p = 0; p < text.length(); p++) {
            at.region(p, text.length());
            if (at.lookingAt()) {
                matching++;
                assertTrue(gate.test(text, p), "the gate refuses " + p + " in " + visible(text));
            }
        }
        List<String> expected = new ArrayList<>();
        Matcher plain = pattern.matcher(text);
        while (plain.find()) {
            expected.add(describe(plain));
        }
        List<String> gated = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int from = 0; StartGate.find(m, text, from, gate); from = StartGate.next(m)) {
            gated.add(describe(m));
        }
        assertEquals(expected, gated, visible(text));
        return matching;
    }

    private static String describe(Matcher m) {
        StringBuilder sb = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append(" [").append(m.start(g)).append(',').append(m.end(g)).append(']');
        }
        return sb.toString();
    }

    private static String visible(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e) {
                sb.append(String.format("\\u{%x}", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}
