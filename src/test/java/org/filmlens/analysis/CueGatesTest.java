package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueGatesTest {
    private static final Pattern END_OF_FILM = Pattern.compile("\\b(at|by|towards?|near)\\s+the\\s+(very\\s+)?end\\s+"
            + "of\\s+(the\\s+(film|movie|story)|her)\\b|\\bthe\\s+ending\\s+(is|was|will|feels|leaves|suggests|shows)\\b");

    @Test
    void wordsMustStartAWordOrFollowASpace() {
        assertTrue(CueGates.startsWord("the ends", "ends"));
        assertTrue(CueGates.startsWord("ends with", "ends"));
        assertTrue(CueGates.startsWord("(ends", "ends"));
        assertFalse(CueGates.startsWord("friends", "ends"));
        assertFalse(CueGates.startsWord("_ends", "ends"));
        assertTrue(CueGates.afterSpace("the\tend", "end"));
        assertFalse(CueGates.afterSpace("end", "end"));
        assertFalse(CueGates.afterSpace("the legend", "end"));
    }

    @Test
    void passagesWithoutTheWordsAreRuledOut() {
        assertFalse(CueGates.mayNameFinalScene("my friends spend the weekend at the lake"));
        assertTrue(CueGates.mayNameFinalScene("in the final scene she smiles"));
        assertFalse(CueGates.mayNameLastWords("the last time we spoke"));
        assertTrue(CueGates.mayNameLastWords("his last words to her"));
        assertFalse(CueGates.mayNameEndOfFilm("a legend of the lake"));
    }

    /** Never rules out a text a pattern matches: random texts over the patterns' words and their neighbours. */
    @Test
    void neverRulesOutWhatThePatternsFind() {
        String[] pieces = {"final", "last", "closing", "ending", "end", "ends", "fr", "few", "scene", "scenes", "shot",
                "image", "moments", "minutes", "sequence", "frame", "movie", "film", "story", "with", "lines", "word",
                "speech", "letter", "monologue", "message", "voice-over", "voiceover", "at", "by", "towards", "near",
                "the", "very", "of", "is", "shows", "her", "_", "é", "1"};
        String[] gaps = {" ", " ", " ", " ", " ", "  ", "\n", "\t", "", ". ", "-"};
        Random random = new Random(11);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = sb.toString();
            if (EndingPassageFinder.FINAL_SCENE.matcher(text).find()) {
                matched++;
                assertTrue(CueGates.mayNameFinalScene(text), text);
            }
            if (EndingPassageFinder.LAST_WORDS.matcher(text).find()) {
                matched++;
                assertTrue(CueGates.mayNameLastWords(text), text);
            }
            if (END_OF_FILM.matcher(text).find()) {
                matched++;
                assertTrue(CueGates.mayNameEndOfFilm(text), text);
            }
        }
        assertTrue(matched > 3000, "the texts should often match: " + matched);
    }

    /** The case-blind look for cue words is true whenever the lower-cased text holds one: random mixed-case texts. */
    @Test
    void ignoringCaseNeverRulesOutWhatTheLowerCasedTextHolds() {
        String[] words = {"end", "final", "last", "closing"};
        String[] pieces = {"end", "fin", "al", "la", "st", "clos", "ing", "e", "n", "d", "x", "İ", "ı", "K", "ſ",
            " ", "’", "é"};
        Random random = new Random(5);
        int held = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = mixedCase(random, pieces);
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean holds = false;
            for (String w : words) {
                holds |= lower.contains(w);
            }
            if (holds) {
                held++;
                assertTrue(CueGates.mayHoldAnyIgnoringCase(text, words), text);
            }
        }
        assertTrue(held > 1000, "the texts should often hold a word: " + held);
        assertFalse(CueGates.mayHoldAnyIgnoringCase("A FRIEND'S HOUSE", new String[] {"final", "last"}));
        assertTrue(CueGates.mayHoldAnyIgnoringCase("THE FINAL SCENE", words));
        // the Kelvin sign lower-cases to an ASCII "k" that starts the word
        assertTrue("\u212AILLS".toLowerCase(java.util.Locale.ROOT).contains("kill"));
        assertTrue(CueGates.mayHoldAnyIgnoringCase("IT \u212AILLS", new String[] {"kill"}));
    }

    /** The word-start look is true whenever a word starts the lower-cased text at a {@code \b}: random texts. */
    @Test
    void wordStartNeverRulesOutAWordTheBoundaryAllows() {
        String[] words = {"end", "final", "last", "closing"};
        Pattern atBoundary = Pattern.compile("\\b(end|final|last|closing)");
        String[] pieces = {"end", "fin", "al", "la", "st", "clos", "ing", "e", "n", "d", "fri", "x", "İ", "ı", "K",
            "ſ", " ", "  ", "’", "'", "é", "_", "1", "-", ".", "\u0301", "\uD835\uDC00", "\n"};
        Random random = new Random(7);
        int held = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = mixedCase(random, pieces);
            if (atBoundary.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
                held++;
                assertTrue(CueGates.mayStartAWordIgnoringCase(text, words), text);
            }
        }
        assertTrue(held > 1000, "the texts should often hold a word: " + held);
        assertFalse(CueGates.mayStartAWordIgnoringCase("My FRIEND spends the weekend", words));
        assertTrue(CueGates.mayStartAWordIgnoringCase("(The END", words));
    }

    /** Up to seven of the pieces, each character upper-cased or not at random. */
    private static String mixedCase(Random random, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
            for (char c : pieces[random.nextInt(pieces.length)].toCharArray()) {
                sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
        }
        return sb.toString();
    }
}
