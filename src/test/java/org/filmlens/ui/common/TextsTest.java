package org.filmlens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {
    /** The excerpt as it was first written: the whole text collapsed by a regex, then cut. */
    private static String excerptOfWholeText(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    @Test
    void aFilterFindsItsWordsInAnyCaseAsLowerCasingTheTextWould() {
        assertTrue(Texts.containsIgnoringCase("Mara SAYS it twice", "ra says"));
        assertTrue(Texts.containsIgnoringCase("ÉTÉ à Paris", "été"));
        assertTrue(Texts.containsIgnoringCase("İstanbul", "İstanbul".toLowerCase(java.util.Locale.ROOT)));
        assertFalse(Texts.containsIgnoringCase("Maſter", "master"), "a long s is not an s once lower-cased");
        assertTrue(Texts.containsIgnoringCase("anything", ""));
        assertFalse(Texts.containsIgnoringCase("Mara", "mara s"));
        char[] alphabet = {'a', 'A', 'i', 'I', 'k', 'K', 's', 'S', ' ', 'é', 'É', 'ß', '\u00A0', '\u212A',
            '\u0130', '\u0131', '\u017F', '\u03A3', '\u03C3', '\u03C2'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, alphabet, 12);
            String words = randomText(random, alphabet, 3).toLowerCase(java.util.Locale.ROOT);
            assertEquals(text.toLowerCase(java.util.Locale.ROOT).contains(words),
                    Texts.containsIgnoringCase(text, words), "[" + text + "] holds [" + words + "]");
        }
    }

    private static String randomText(Random random, char[] alphabet, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    @Test
    void countsAreGroupedAsTheLocaleWritesThem() {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ENGLISH);
            assertEquals("999 passages", Texts.plural(999, "passage"));
            assertEquals("355,539 quotes", Texts.plural(355_539, "quote"));
            assertEquals("1 source", Texts.plural(1, "source"));
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.GERMAN);
            assertEquals("9.077", Texts.count(9_077));
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    @Test
    void anExcerptIsTheWholeTextOnOneLineCutAtAWord() {
        assertEquals("She leaves. He writes.", Texts.excerpt("  She leaves.\n\n\tHe  writes. \n", 40));
        assertEquals("One two three…", Texts.excerpt("One two three four five", 16));
        assertEquals("", Texts.excerpt(" \n\t ", 10));
    }

    @Test
    void readingOnlyTheStartGivesWhatCollapsingTheWholeTextGave() {
        // white space of every kind a scraped page brings: ASCII runs collapse, others (no-break, em space,
        // separators) are kept inside and stripped only at the ends, as String.strip does
        char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u2028',
            '\u001C', '…', '"'};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            int max = 1 + random.nextInt(30);
            assertEquals(excerptOfWholeText(text.toString(), max), Texts.excerpt(text.toString(), max),
                    () -> "excerpt of \"" + text + "\" at " + max);
        }
    }
}
