package org.filmlens.ui.common;

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
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    /** "1 source", "3 sources". */
    public static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
