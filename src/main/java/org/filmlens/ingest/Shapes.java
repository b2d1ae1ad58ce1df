package org.filmlens.ingest;

import java.util.List;

/** Shapes of lines that several steps share: what a title looks like, what a sentence looks like. */
final class Shapes {
    static final int MAX_TITLE_WORDS = 16;
    static final double TITLE_CASE_SHARE = 0.6;

    private Shapes() {
    }

    /** Short, starts like a title, and does not end like a sentence or a lead-in (".", ",", ";", ":"). */
    static boolean isTitleShaped(String text) {
        int words = Words.wordCount(text);
        if (words == 0 || words > MAX_TITLE_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /** Most words that are not function words start with a capital, as in headlines and section headings. */
    static boolean isTitleCase(String text) {
        int content = 0;
        int capitalized = 0;
        int all = 0;
        int allCapitalized = 0;
        for (String w : text.split(" ")) {
            List<String> tokens = Words.tokens(w);
            if (tokens.isEmpty()) {
                continue;
            }
            all++;
            boolean cap = Words.isCapitalized(w);
            allCapitalized += cap ? 1 : 0;
            if (!Words.isStopword(tokens.get(0))) {
                content++;
                capitalized += cap ? 1 : 0;
            }
        }
        if (content == 0) {
            return all > 0 && allCapitalized == all; // "What Is Her About?"
        }
        return capitalized >= TITLE_CASE_SHARE * content;
    }

    /** Ends like a sentence: ".", "?", "!", possibly inside closing quotes or brackets. */
    static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']') {
                continue;
            }
            return c == '.' || c == '?' || c == '!' || c == '\u2026';
        }
        return false;
    }
}
