package org.filmlens.analysis;

import org.filmlens.corpus.text.RegexSpace;

/**
 * Words without which the ending cue patterns of {@link EndingPassageFinder} cannot match a lower-cased text, looked
 * for with {@code indexOf}: most passages lack them, and ruling those out is far cheaper than running the patterns,
 * which try every position of the text. A pattern still decides whenever its words are there.
 */
final class CueGates {
    private CueGates() {}

    /**
     * {@link EndingPassageFinder#FINAL_SCENE}: "final"/"last"/"closing"/"ending" starting a word and a word for a
     * part of the film after it, or "ends" starting a word ("the film ends", "ends with").
     */
    static boolean mayNameFinalScene(String lower) {
        boolean endWord = startsWord(lower, "final") || startsWord(lower, "last") || startsWord(lower, "closing")
                || startsWord(lower, "ending");
        boolean part = lower.contains("scene") || lower.contains("shot") || lower.contains("image")
                || lower.contains("moment") || lower.contains("minutes") || lower.contains("sequence")
                || lower.contains("frame");
        return endWord && part || startsWord(lower, "ends");
    }

    /** {@link EndingPassageFinder#LAST_WORDS}: "final"/"last"/"closing" starting a word, and a word for words. */
    static boolean mayNameLastWords(String lower) {
        boolean endWord = startsWord(lower, "final") || startsWord(lower, "last") || startsWord(lower, "closing");
        return endWord && (lower.contains("line") || lower.contains("word") || lower.contains("speech")
                || lower.contains("letter") || lower.contains("monologue") || lower.contains("message")
                || lower.contains("voice"));
    }

    /** The end-of-film pattern: "the", and "end" after white space ("the end of", "the ending is"). */
    static boolean mayNameEndOfFilm(String lower) {
        return lower.contains("the") && afterSpace(lower, "end");
    }

    /**
     * Whether the text may hold one of the words (lower-case ASCII letters) once lower-cased: true whenever
     * {@code text.toLowerCase(Locale.ROOT).contains(word)} is, without making the lower-cased copy. Besides the ASCII
     * capitals, letters outside ASCII lower-case to ASCII ones (the Kelvin sign to "k"; U+0130 to "i" with a
     * combining dot), so a first letter outside ASCII is lower-cased as Java does it; the rest is compared ignoring
     * case, which errs only to "may".
     */
    static boolean mayHoldAnyIgnoringCase(String text, String[] words) {
        return mayHoldAnyIgnoringCase(text, words, false);
    }

    /**
     * {@link #mayHoldAnyIgnoringCase}, for a word where a {@code \b} before it can hold in the lower-cased text: the
     * cue patterns start their words there or after white space, and most texts hold "end" only inside words
     * ("friend", "spend"). A letter, digit or underscore before the word rules it out, since its lower case is a word
     * character too (or, for U+0130, ends in a combining mark on a letter, which {@code \b} takes for one).
     */
    static boolean mayStartAWordIgnoringCase(String text, String[] words) {
        return mayHoldAnyIgnoringCase(text, words, true);
    }

    private static boolean mayHoldAnyIgnoringCase(String text, String[] words, boolean wordStart) {
        int firstLetters = 0;
        for (String w : words) {
            firstLetters |= 1 << (w.charAt(0) - 'a');
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char raw = text.charAt(i);
            int c = raw < 128 ? raw | 0x20 : Character.toLowerCase(raw);
            // most characters start none of the words: one look at a bit set of their first letters rules them out
            if (c - 'a' >= 0 && c - 'a' < 26 && (firstLetters & 1 << (c - 'a')) != 0
                    && !(wordStart && i > 0 && isWordChar(text.charAt(i - 1)))
                    && startsAny(text, i, (char) c, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words, whose first letter may be {@code first}, is at {@code i} ignoring case. */
    private static boolean startsAny(String text, int i, char first, String[] words) {
        for (String w : words) {
            if (first == w.charAt(0) && mayFollow(text, i + 1, w) && text.regionMatches(true, i, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quick look at the word's second letter before the full comparison: an ASCII character that differs from it
     * in any case rules the word out; any other character is left to {@code regionMatches}.
     */
    private static boolean mayFollow(String text, int at, String w) {
        if (w.length() < 2 || at >= text.length()) {
            return true;
        }
        char next = text.charAt(at);
        return next >= 128 || (next | 0x20) == w.charAt(1);
    }

    /** Whether {@code word} occurs where a {@code \b} before it can hold: at the start or after no word character. */
    static boolean startsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !isWordChar(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} occurs right after a character of {@code \s}. */
    static boolean afterSpace(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at > 0 && RegexSpace.is(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
