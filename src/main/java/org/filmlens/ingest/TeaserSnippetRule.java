package org.filmlens.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Teaser snippets of other articles, cut off by the site and then closed by the scraper: they end in doubled
 * terminal punctuation ("…." "survey:." "place..") or carry a joint ".," where two snippets were glued together.
 * Writers end sentences with one mark, or with a real three-dot ellipsis, and write ".," only after an
 * abbreviation ("e.g.,", "etc.,", "U.S.,"). A joint marks a teaser only on a short line: glued snippets are a few
 * dozen words, while a long line of prose survives one stray ".," typo.
 */
final class TeaserSnippetRule implements LineRule {
    /** Common English abbreviations that writers follow with a comma. */
    static final Set<String> ABBREVIATIONS = Set.of("etc", "al", "jr", "sr", "inc", "ltd", "co", "corp", "st", "vs",
            "dr", "mr", "mrs", "ms", "prof", "approx", "no", "vol", "pp", "ed", "eds", "min", "sec", "ft");
    /** Longest line read as glued teaser snippets: two or three site-truncated snippets of ~20 words each. */
    static final int MAX_GLUED_WORDS = 60;

    @Override
    public String name() {
        return "teaser-snippet";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        if (stats.isTurn(line)) {
            return false;
        }
        String t = line.text();
        return doubledEnd(t) || (hasGluedJoint(t) && wordsAtMost(t, MAX_GLUED_WORDS));
    }

    /** A ".," that is not an abbreviation's dot followed by a comma: two snippets glued together. */
    static boolean hasGluedJoint(String t) {
        for (int at = t.indexOf(".,"); at >= 0; at = t.indexOf(".,", at + 2)) {
            if (!afterAbbreviation(t, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word ending at the dot {@code dot} is an abbreviation: "e.g", "U.S", a single letter, "etc". */
    private static boolean afterAbbreviation(String t, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(t.charAt(start - 1)) || t.charAt(start - 1) == '.')) {
            start--;
        }
        String word = t.substring(start, dot);
        return word.length() == 1 || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} has at most {@code max} words, counting no further than needed. */
    static boolean wordsAtMost(String t, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !inWord && ++words > max) {
                return false;
            }
            inWord = !space;
        }
        return true;
    }

    static boolean doubledEnd(String t) {
        int n = t.length();
        if (n < 3 || t.charAt(n - 1) != '.') {
            return false;
        }
        char before = t.charAt(n - 2);
        if (before == '\u2026' || before == ':' || before == ',' || before == ';') {
            return true;
        }
        // exactly two dots: ".." but not the ellipsis "..."
        return before == '.' && t.charAt(n - 3) != '.';
    }
}
