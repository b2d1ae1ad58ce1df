package org.filmlens.ui.common;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Locale;
import org.filmlens.corpus.Source;

/** Small text helpers every pane uses the same way. */
public final class Texts {
    private Texts() {}

    /** A source's name for display: its title, else its site, else its id. */
    public static String title(Source s) {
        if (s.title() != null && !s.title().isBlank()) {
            return s.title();
        }
        return s.site() != null && !s.site().isBlank() ? s.site() : s.id();
    }

    /** The text on one line, cut at a word before {@code max} characters with an ellipsis. */
    public static String excerpt(String text, int max) {
        String t = oneLine(text, max + 1);
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    /**
     * The first {@code limit} characters of {@code text} stripped, each run of ASCII white space (regex {@code \s})
     * made one space: what {@code text.strip().replaceAll("\\s+", " ")} begins with, without reading the rest of a
     * long answer (the ending matrix makes an excerpt for each of thousands of cells).
     */
    static String oneLine(String text, int limit) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(Math.min(limit, end - start));
        boolean inRun = false;
        for (int i = start; i < end && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code text.toLowerCase(Locale.ROOT)} holds {@code lower} (lower-cased the same way), without making
     * that copy of the text when {@code lower} is ASCII: the filters run over every row at each keystroke (355,000
     * quotes at 100 MB). Words past ASCII take the copy.
     */
    public static boolean containsIgnoringCase(String text, String lower) {
        for (int j = 0; j < lower.length(); j++) {
            if (lower.charAt(j) >= 128) {
                return text.toLowerCase(Locale.ROOT).contains(lower);
            }
        }
        if (lower.isEmpty()) {
            return true;
        }
        char first = lower.charAt(0);
        char firstUpper = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
        for (int i = 0, last = text.length() - lower.length(); i <= last; i++) {
            char c = text.charAt(i);
            // two comparisons rule out most places before the whole comparison
            if ((c == first || c == firstUpper || c >= 128) && lowersTo(text, i, lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text at {@code at}, lower-cased, begins with {@code lower} (ASCII). */
    private static boolean lowersTo(String text, int at, String lower) {
        for (int j = 0; j < lower.length(); j++) {
            char c = text.charAt(at + j);
            char w = lower.charAt(j);
            if (c == w || c >= 'A' && c <= 'Z' && c + ('a' - 'A') == w) {
                continue;
            }
            // past ASCII only the Kelvin sign lower-cases to an ASCII letter, and U+0130 to "i" and a combining
            // dot, so that one matches only as the last letter
            boolean lowersToW = c == '\u0130' ? w == 'i' && j == lower.length() - 1
                    : c >= 128 && Character.toLowerCase(c) == w;
            if (!lowersToW) {
                return false;
            }
        }
        return true;
    }

    /** "1 source", "3 sources", "9,077 sources" (grouped as the user's locale writes numbers). */
    public static String plural(int n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A count as the user's locale writes it: "355,539" in English; large corpora have six-figure counts. Under a
     * thousand no locale groups digits, and the locale's number format is not loaded (the sample's first frame).
     */
    public static String count(long n) {
        return n > -1000 && n < 1000 ? Long.toString(n) : NumberFormat.getIntegerInstance().format(n);
    }

    /**
     * What a reader sorts a text by in a table: from its first letter or digit on, case and accents aside ("“Élan…"
     * with "elan"); an empty text first. Made once per row and compared as it is: a collator, the table's default,
     * normalises both texts at every comparison.
     */
    public static String sortKey(String text) {
        int from = 0;
        while (from < text.length() && !Character.isLetterOrDigit(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        String s = text.substring(from);
        return (mayCarryAccents(s) ? withoutAccents(s) : s).toLowerCase(Locale.ROOT);
    }

    /** A letter past ASCII or a combining mark: curly quotes, dashes and ellipses alone need no decomposing. */
    private static boolean mayCarryAccents(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC0 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
