package org.filmlens.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.text.RegexSpace;

/**
 * The word just before an offset, as {@link #REGEX} finds it in a window of text: the last run of letters,
 * apostrophes and hyphens, followed only by blanks and perhaps an opening quote, and whether a sentence sign
 * ({@code . ! ? : ; " “ ]}) leads into it. Scanned by hand: the regex, run once per possible mention, tried every
 * offset of the window and cost more than finding the mentions. Read from the characters as a char[], not by
 * String.charAt (ADR 14).
 */
final class WordBefore {
    /** What this class finds; run as is on windows holding surrogates (code points are the regex's business). */
    static final Pattern REGEX = Pattern.compile("(?:^|([.!?:;\"“\\]]\\s*)|\\s)([\\p{L}’'-]+)\\s+[“\"‘']?$");

    /** The word [start, end) in the text, and whether a sentence sign came before it. */
    record Found(int start, int end, boolean afterSign) {}

    private WordBefore() {
    }

    /** The word {@link #REGEX} finds in {@code text[from, to)} (offsets in the text), or null. */
    static Found find(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isSurrogate(text[i])) {
                Matcher m = REGEX.matcher(new String(text, from, to - from));
                return m.find() ? new Found(from + m.start(2), from + m.end(2), m.group(1) != null) : null;
            }
        }
        // The leftmost offset where one of the regex's three openings leads to a word that the gap ends.
        for (int p = from; p < to; p++) {
            char c = text[p];
            Found f = p == from ? wordAt(text, from, p, to, false) : null;
            if (f == null && isSign(c)) {
                int word = p + 1;
                while (word < to && RegexSpace.is(text[word])) {
                    word++;
                }
                f = wordAt(text, from, word, to, true);
            }
            if (f == null && RegexSpace.is(c)) {
                f = wordAt(text, from, p + 1, to, false);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The word starting at {@code start} when it runs as far as it can and only the closing gap follows it. */
    private static Found wordAt(char[] text, int from, int start, int to, boolean afterSign) {
        int end = start;
        while (end < to && isWordLetter(text[end])) {
            end++;
        }
        return end > start && gapToEnd(text, from, end, to) ? new Found(start, end, afterSign) : null;
    }

    /**
     * Whether {@code text[at, to)} matches {@code \s+[“"‘']?$}: {@code $} also matches before a final line
     * terminator (one of \n \r \u0085 \u2028 \u2029, or \r\n), and never between \r and \n.
     */
    private static boolean gapToEnd(char[] text, int from, int at, int to) {
        if (gapThenQuote(text, at, to)) {
            return true;
        }
        if (to - 1 > at && isLineTerminator(text[to - 1])
                && !(text[to - 1] == '\n' && to - 2 >= from && text[to - 2] == '\r')
                && gapThenQuote(text, at, to - 1)) {
            return true;
        }
        return to - 2 > at && text[to - 2] == '\r' && text[to - 1] == '\n'
                && gapThenQuote(text, at, to - 2);
    }

    /** {@code text[at, end)} is blanks, at least one, then at most one opening quote. */
    private static boolean gapThenQuote(char[] text, int at, int end) {
        int k = at;
        while (k < end && RegexSpace.is(text[k])) {
            k++;
        }
        return k > at && (k == end || k + 1 == end && "“\"‘'".indexOf(text[k]) >= 0);
    }

    private static boolean isSign(char c) {
        return ".!?:;\"“]".indexOf(c) >= 0;
    }

    /** {@code [\p{L}’'-]} for a char that is no surrogate. */
    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) || c == '’' || c == '\'' || c == '-';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
