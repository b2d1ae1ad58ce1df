package org.filmlens.ui.notes;

import javafx.scene.control.IndexRange;

/**
 * A selection widened to the whole words it touches and narrowed past the blanks at its edges: a drag that starts
 * or ends mid-word ("ecific directing") stands for the words a reader meant ("specific directing").
 */
public final class WholeWords {
    private WholeWords() {}

    /** The words that {@code [from, to)} (either order, held to the text) touches; empty when it holds only blanks. */
    public static IndexRange around(String text, int from, int to) {
        int start = clamp(Math.min(from, to), text);
        int end = clamp(Math.max(from, to), text);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return new IndexRange(start, start);
        }
        while (start > 0 && inWord(text, start - 1) && inWord(text, start)) {
            start--;
        }
        while (end < text.length() && inWord(text, end - 1) && inWord(text, end)) {
            end++;
        }
        return new IndexRange(start, end);
    }

    /** Where the word after {@code at} ends (the text's end when none follows): a keyboard selection's next step. */
    public static int nextWordEnd(String text, int at) {
        int i = clamp(at, text);
        while (i < text.length() && !inWord(text, i)) {
            i++;
        }
        while (i < text.length() && inWord(text, i)) {
            i++;
        }
        return i;
    }

    /** Where the word before {@code at} starts (0 when none precedes). */
    public static int previousWordStart(String text, int at) {
        int i = clamp(at, text);
        while (i > 0 && !inWord(text, i - 1)) {
            i--;
        }
        while (i > 0 && inWord(text, i - 1)) {
            i--;
        }
        return i;
    }

    /** Letters and digits, and an apostrophe or hyphen between two of them ("don't", "voice-over"). */
    private static boolean inWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '\u2019' || c == '-';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(i, text.length()));
    }
}
