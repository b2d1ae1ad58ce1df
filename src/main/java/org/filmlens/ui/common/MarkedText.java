package org.filmlens.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Text cut into plain and highlighted runs, for rendering as Text nodes in a TextFlow. */
public final class MarkedText {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private MarkedText() {}

    /** One run of text; {@code marked} runs are drawn highlighted. */
    public record Segment(String text, boolean marked) {}

    /**
     * Parses a search fragment: HTML-escaped text ({@code &amp; &lt; &gt;}) whose matches are wrapped in
     * {@code <mark>…</mark>}. The runs come back as plain text, unescaped.
     */
    public static List<Segment> parseMarks(String fragment) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < fragment.length()) {
            int open = fragment.indexOf(OPEN, i);
            if (open < 0) {
                addEscaped(out, fragment.substring(i), false);
                break;
            }
            addEscaped(out, fragment.substring(i, open), false);
            int close = fragment.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                addEscaped(out, fragment.substring(open + OPEN.length()), true);
                break;
            }
            addEscaped(out, fragment.substring(open + OPEN.length(), close), true);
            i = close + CLOSE.length();
        }
        return out;
    }

    /**
     * Cuts {@code text}, which starts at offset {@code textStart} of its source, around the span [spanStart, spanEnd)
     * of the same source; the part inside the span is marked.
     */
    public static List<Segment> splitAround(String text, int textStart, int spanStart, int spanEnd) {
        int from = clamp(spanStart - textStart, text.length());
        int to = clamp(spanEnd - textStart, text.length());
        List<Segment> out = new ArrayList<>();
        if (to <= from) {
            add(out, text, false);
            return out;
        }
        add(out, text.substring(0, from), false);
        add(out, text.substring(from, to), true);
        add(out, text.substring(to), false);
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max));
    }

    private static void add(List<Segment> out, String text, boolean marked) {
        if (!text.isEmpty()) {
            out.add(new Segment(text, marked));
        }
    }

    private static void addEscaped(List<Segment> out, String html, boolean marked) {
        add(out, html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), marked);
    }
}
