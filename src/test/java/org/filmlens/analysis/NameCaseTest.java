package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameCaseTest {
    @Test
    void aWordCapitalisedMidSentenceNearlyEveryTimeIsAName() {
        NameCase names = NameCase.of(TinyCorpus.of("Lighthouse",
                "At dawn Ned walks out. Later Ned sails. Then Ned's boat sinks, and the tide turns.",
                "The Tide comes in while Ned waits; the tide goes out."));
        assertTrue(names.isName("Ned"));
        assertTrue(names.isName("Ned's"));
        assertFalse(names.isName("tide"));
        assertFalse(names.isName("Later")); // only ever capitalised at a sentence's start
    }

    @Test
    void aSpeakersNameIsANameThoughTheCorpusWritesTheWordToo() {
        List<String> texts = List.of("To be frank, the keeper is frank about it, and Frank knows it, so Frank stays.",
                "Frank : Keep the light on.", "The Commercial Lead of the film takes the lead and keeps the lead.");
        assertFalse(NameCase.of(TinyCorpus.of("Lighthouse", texts.toArray(String[]::new))).isName("Frank"),
                "the corpus alone: an ordinary word");
        NameCase names = NameCase.of(TinyCorpus.of("Lighthouse", texts.toArray(String[]::new)),
                List.of("Frank", "Commercial Lead"));
        assertTrue(names.isName("Frank"));
        assertTrue(names.isName("Frank's"));
        assertFalse(names.isName("lead"), "a speaker's word the corpus writes in lower case as often");
    }

    /**
     * The counting reads a char[] copy of each text; the names it finds are those of the String scan it replaced
     * (kept here as the reference), on random texts mixing Latin-1 and wider letters, a letter beyond the BMP,
     * possessives, apostrophes, hyphens, sentence signs and line breaks.
     */
    @Test
    void namesAreThoseOfTheStringScanOnRandomTexts() {
        Random random = new Random(20261124);
        String[] words = {"ned", "Ned", "NED", "tide", "Tide", "mara", "Mara", "Mara's", "Mara’s", "ÉLISE", "Élise",
            "élise", "Zoë", "zoë", "rock-and-roll", "Rock-And-Roll", "don't", "Don’t", "the", "The", "a", "A",
            "\uD835\uDC00bc", "ab\uD835\uDC00", "İstanbul", "ß", "Straße", "x's", "X’S", "Ki’s", "ends", "Ends"};
        String[] gaps = {" ", " ", " ", ", ", ". ", "! ", "? ", ": ", " \"", "” ", " [", "\n", ". \n", ".\n ",
            " 42 ", " — ", "'", " ’", "-", "\r\n", "\u2028", "\t"};
        String[] texts = new String[400];
        for (int i = 0; i < texts.length; i++) {
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(40);
            for (int w = 0; w < n; w++) {
                t.append(gaps[random.nextInt(gaps.length)]).append(words[random.nextInt(words.length)]);
            }
            texts[i] = t.toString();
        }
        Set<String> names = referenceNames(texts);
        NameCase nameCase = NameCase.of(TinyCorpus.of("Lighthouse", texts));
        Set<String> expected = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        for (String key : referenceKeys(texts)) {
            if (names.contains(key.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("['’]s?$", ""))) {
                expected.add(key); // as isName asks: the word less its edge signs and possessive
            }
            if (nameCase.isName(key)) {
                found.add(key);
            }
        }
        assertEquals(expected, found);
        assertTrue(expected.size() >= 3, "the random texts should hold some names: " + expected);
    }

    // --- the String scan NameCase used before it read a char[] copy ---

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private static Set<String> referenceKeys(String[] texts) {
        Set<String> keys = new HashSet<>();
        for (String text : texts) {
            var m = WORD.matcher(text);
            while (m.find()) {
                keys.add(text.substring(m.start(), keyEnd(text, m.start(), m.end())).toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    private static Set<String> referenceNames(String[] texts) {
        Map<String, int[]> counts = new HashMap<>();
        for (String text : texts) {
            count(text, counts);
        }
        Set<String> names = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= 3 && c[1] * 5 <= c[0]) {
                names.add(w);
            }
        });
        return names;
    }

    private static void count(String text, Map<String, int[]> counts) {
        int n = text.length();
        int last = 0;
        boolean first = true;
        boolean sentenceStart = true;
        for (int at = 0; at < n; ) {
            int cp = text.codePointAt(at);
            if (!Character.isLetter(cp)) {
                at += Character.charCount(cp);
                continue;
            }
            int end = at + Character.charCount(cp);
            while (end < n) {
                int c = text.codePointAt(end);
                if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                    break;
                }
                end += Character.charCount(c);
            }
            if (first || hasSentenceBreak(text, last, at)) {
                sentenceStart = true;
            }
            String key = text.substring(at, keyEnd(text, at, end)).toLowerCase(Locale.ROOT);
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            if (Character.isLowerCase(text.charAt(at))) {
                c[1]++;
            } else if (!sentenceStart) {
                c[0]++;
            }
            sentenceStart = false;
            first = false;
            last = end;
            at = end;
        }
    }

    private static int keyEnd(String text, int start, int end) {
        while (end > start && !Character.isLetter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        if (end - start >= 3 && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
            end -= 2;
        }
        return end;
    }

    private static boolean hasSentenceBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (isLineBreak(ch)) {
                return false;
            }
            if (".!?:\"“”[".indexOf(ch) >= 0) {
                int j = i + 1;
                while (j < to && " \t\n\u000B\f\r".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                boolean rest = true;
                for (int k = j; k < to && rest; k++) {
                    rest = !isLineBreak(text.charAt(k));
                }
                if (rest) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLineBreak(char ch) {
        return ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
    }
}
