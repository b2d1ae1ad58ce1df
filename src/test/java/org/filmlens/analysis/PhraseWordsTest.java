package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseWordsTest {
    private static final String[] WORDS = {"the", "end", "by", "final", "scene", "opens", "act", "2", "1984", "café",
        "k", "i", "σ", "Aa", "BB", "aa", "bb", "x1"};
    /** Pieces texts are made of: the words in several cases, letters that lower-case in odd ways, separators. */
    private static final String[] PIECES = {"the", "THE", "The", "end", "End", "ending", "by", "BY", "final", "FINAL",
        "scene", "Scenes", "opens", "reopens", "act", "ACT", "2", "1984", "19845", "CAFÉ", "café", "Café", "\u212A",
        "k", "K", "İ", "i", "I", "Σ", "σ", "ς", "x1", "X1", "aa", "AA", "Aa", "BB", "bb", "\uD801\uDC00", "é", " ",
        " ", " ", "  ", "\n", ".", ",", "'", "’", "-", "\"", "“", "(", "[", "ß", "ǅ", "Ω", "\u2126"};

    /** What {@link PhraseWords#in} must agree with: the word standing between non-letters in the lower-cased text. */
    private static boolean standsAsWord(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                    && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void findsExactlyTheWordsStandingInTheLowerCasedText() {
        PhraseWords words = new PhraseWords();
        long[] bit = new long[WORDS.length];
        for (int k = 0; k < WORDS.length; k++) {
            bit[k] = words.add(new String[] {WORDS[k]});
        }
        Random random = new Random(11);
        int readable = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            long found = words.in(text);
            if (found == PhraseWords.ANY) {
                continue; // the caller then lower-cases the text and searches it, as before
            }
            readable++;
            for (int k = 0; k < WORDS.length; k++) {
                // a word with capitals never stands in a lower-cased text
                boolean expected = standsAsWord(text, WORDS[k]);
                assertEquals(expected, (found & bit[k]) != 0, () -> text + " / " + words);
            }
        }
        assertTrue(readable > 50_000, "most texts are read: " + readable);
    }

    @Test
    void aPhraseGetsTheBitsOfItsWordsAndWordsPastTheSixtyFourthShareThem() {
        PhraseWords words = new PhraseWords();
        long theEnd = words.add(new String[] {"the", "end"});
        assertEquals(0b11, theEnd);
        assertEquals(0b101, words.add(new String[] {"the", "by"}));
        for (int k = 0; k < 61; k++) {
            words.add(new String[] {"w" + k});
        }
        // "past" is the 65th word: it shares bit 0 with "the"
        assertEquals(1L, words.add(new String[] {"the", "past"}), "the 65th word shares the first's bit");
        assertEquals(1L | 1L << 1, words.add(new String[] {"past", "later"}), "the 66th the second's");
        assertEquals(0b11, words.in("By THE End") & 0b11);
        assertEquals(0, words.in("the ending") & 0b10);
        assertEquals(1L << 1, words.in("Later, an ending") & 0b11, "a word past the 64th is found");
    }

    /**
     * With more words than bits, every word standing in the text has its bit set (a phrase it holds is never ruled
     * out), and a phrase none of whose bits the text sets is ruled out whatever its words' numbers.
     */
    @Test
    void withMoreWordsThanBitsAWordStandingInTheTextAlwaysHasItsBit() {
        PhraseWords words = new PhraseWords();
        String[] many = new String[200];
        long[] bit = new long[many.length];
        for (int k = 0; k < many.length; k++) {
            many[k] = k < WORDS.length ? WORDS[k] : "w" + k;
            bit[k] = words.add(new String[] {many[k]});
            assertEquals(1L << (k % 64), bit[k]);
        }
        Random random = new Random(12);
        int ruledOut = 0;
        int read = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                sb.append(random.nextInt(3) == 0 ? many[random.nextInt(many.length)]
                        : PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            long found = words.in(text);
            if (found == PhraseWords.ANY) {
                continue;
            }
            read++;
            long standing = 0;
            for (int k = 0; k < many.length; k++) {
                if (standsAsWord(text, many[k])) {
                    standing |= bit[k];
                } else if ((found & bit[k]) == 0) {
                    ruledOut++;
                }
            }
            assertEquals(standing, found, text); // exactly the bits of the words standing there, shared or not
        }
        assertTrue(read > 10_000, "most texts are read: " + read);
        assertTrue(ruledOut > 0);
    }
}
