package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseFilterTest {
    @Test
    void wordsAreRunsOfWordCharactersInLowerCase() {
        assertEquals(Set.of("open", "ended", "isn", "t", "a_b", "2013", "héllo"),
                PhraseFilter.words("Open-ended; isn't A_b (2013) HÉLLO"));
    }

    @Test
    void aPhraseMayOccurOnlyWhenAllItsWordsAreThere() {
        PhraseFilter filter = new PhraseFilter("hopeful", "happy ending", "open-ended");
        assertTrue(filter.mayOccur(PhraseFilter.words("A HOPEFUL close.")));
        assertTrue(filter.mayOccur(PhraseFilter.words("Ending happy")), "order is left to the pattern");
        assertTrue(filter.mayOccur(PhraseFilter.words("It is open-ended.")));
        assertFalse(filter.mayOccur(PhraseFilter.words("A happy film, hopefully.")));
        assertFalse(filter.mayOccur(PhraseFilter.words("")));
    }

    /** Never rules out a text the pattern matches: random texts over the phrases' words and their neighbours. */
    @Test
    void neverRulesOutWhatThePatternFinds() {
        String[] phrases = {"hope", "happy ending", "open-ended", "left to the viewer", "isn't"};
        Pattern pattern = Pattern.compile("\\b(hope|happy\\s+ending|open-ended|left\\s+to\\s+the\\s+viewer|isn't)\\b",
                Pattern.CASE_INSENSITIVE);
        PhraseFilter filter = new PhraseFilter(phrases);
        String[] pieces = {"hope", "Hope", "HOPEFUL", "happy", "ending", "open", "-", "ended", "left", "to", "the",
                "viewer", "isn", "'", "t", " ", "  ", "\n", ".", ",", "_", "é", "1", "\u0301", "\uD835\uDC00"};
        Random random = new Random(7);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            if (pattern.matcher(text).find()) {
                matched++;
                assertTrue(filter.mayOccur(PhraseFilter.words(text)), text);
            }
        }
        assertTrue(matched > 1000, "the texts should often match: " + matched);
    }
}
