package org.filmlens.analysis;

import org.filmlens.corpus.text.NameParticles;
import org.filmlens.corpus.text.RegexSpace;

/**
 * Cheap tests of where a name pattern may match, for {@link AnchoredMatches}: a capital letter alone let the
 * regexes run at every capitalised word of the prose ("The", "When"), and resetting the matcher there cost as much
 * as the match. Each test looks only at the characters the pattern's opening must consist of, and says true
 * wherever the pattern can match (more would only be slower). For texts without surrogates.
 */
final class NameStarts {
    private NameStarts() {
    }

    /**
     * Where {@link NameShapes#PERSON} can start: a capital, then the first word's letters, a space and the next
     * name word's capital, perhaps after particles (the first word is letters, hyphens and apostrophes, so it ends
     * where they end).
     */
    static final AnchoredMatches.Start PERSON = (text, at) -> {
        if (!Character.isUpperCase(text[at])) {
            return false;
        }
        int end = at + 1;
        while (end < text.length && isNameChar(text[end])) {
            end++;
        }
        return end > at + 1 && end + 1 < text.length && text[end] == ' '
                && NameParticles.nameWordAfter(text, end + 1) >= 0;
    };

    /**
     * Where a person's name or one name word followed by a possessive and a blank can start ("Rooney Mara’s ",
     * "Marsh’s "): the possessive comes before the fourth space, over letters, digits, hyphens, apostrophes and dots.
     */
    static final AnchoredMatches.Start POSSESSIVE_NAME = (text, at) -> {
        if (!Character.isUpperCase(text[at])) {
            return false;
        }
        int n = text.length;
        int spaces = 0;
        for (int i = at + 1; i + 2 < n; i++) {
            char c = text[i];
            if (c == ' ') {
                if (++spaces > 3) {
                    return false;
                }
            } else if (NameShapes.isApostrophe(c) && text[i + 1] == 's' && RegexSpace.is(text[i + 2])) {
                return true;
            } else if (!isNameChar(c) && c != '.') {
                return false;
            }
        }
        return false;
    };

    /**
     * Where {@link NameShapes#WORD} followed by {@code ’s} or {@code 's} and a space, starting at {@code at}, ends
     * (before the space), or -1 when it cannot start there: the word and its possessive are one run of letters,
     * digits, hyphens and apostrophes, ending in the possessive, then a space.
     */
    static int possessiveWordEnd(char[] text, int at) {
        if (!Character.isUpperCase(text[at])) {
            return -1;
        }
        int end = at + 1;
        while (end < text.length && isNameChar(text[end])) {
            end++;
        }
        return end - at >= 3 && end < text.length && text[end] == ' ' && text[end - 1] == 's'
                && NameShapes.isApostrophe(text[end - 2]) ? end : -1;
    }

    /**
     * Whether one to {@code most} lower-case words (letters and hyphens, single spaces between them) start at
     * {@code from}, followed by a space or a comma and a space, and a capital: how a description leads to a name
     * ("the keeper, Elias", "her sister June").
     */
    static boolean lowerWordsThenCapital(char[] text, int from, int most) {
        int n = text.length;
        int i = from;
        for (int words = 0; words < most; words++) {
            int start = i;
            while (i < n && (Character.isLowerCase(text[i]) || text[i] == '-')) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i + 2 < n && text[i] == ',' && text[i + 1] == ' '
                    && Character.isUpperCase(text[i + 2])) {
                return true;
            }
            if (i + 1 >= n || text[i] != ' ') {
                return false;
            }
            if (Character.isUpperCase(text[i + 1])) {
                return true;
            }
            i++;
        }
        return false;
    }

    /**
     * Where {@link NameShapes#NAME}, an optional possessive, blanks and an opening parenthesis can start: at most
     * two words of letters, digits, hyphens and apostrophes (particles between them not counted), then blanks, then
     * the parenthesis.
     */
    static final AnchoredMatches.Start NAME_THEN_PARENTHESIS = (text, at) -> {
        if (!Character.isUpperCase(text[at])) {
            return false;
        }
        int words = 1;
        boolean inWord = true;
        for (int i = at + 1; i < text.length; i++) {
            char c = text[i];
            if (c == '(') {
                return true;
            }
            if (RegexSpace.is(c)) {
                inWord = false;
            } else if (isNameChar(c)) {
                if (!inWord) {
                    int word = Character.isUpperCase(c) ? i : NameParticles.nameWordAfter(text, i);
                    if (word < 0 || ++words > 2) {
                        return false;
                    }
                    i = word;
                }
                inWord = true;
            } else {
                return false;
            }
        }
        return false;
    };

    /** A letter, digit (as {@code \p{N}}), hyphen or apostrophe: what the words of names are made of. */
    private static boolean isNameChar(char c) {
        return FormMatcher.isWordChar(c) || c == '-' || NameShapes.isApostrophe(c);
    }
}
