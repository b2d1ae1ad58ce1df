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

    /**
     * Where a search fragment's marked runs are in the text it was cut from (offsets into {@code text}): a fragment
     * is a piece of the text, with "…" where it was cut, so its runs are found by finding the piece. None when the
     * piece is not in the text.
     */
    public static List<Location.Span> markedSpans(List<Segment> fragment, String text) {
        StringBuilder piece = new StringBuilder();
        for (Segment s : fragment) {
            piece.append(s.text());
        }
        int lead = piece.length() > 0 && piece.charAt(0) == '\u2026' ? 1 : 0;
        int trail = piece.length() > lead && piece.charAt(piece.length() - 1) == '\u2026' ? 1 : 0;
        int at = text.indexOf(piece.substring(lead, piece.length() - trail));
        List<Location.Span> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        int pos = at - lead;
        for (Segment s : fragment) {
            if (s.marked()) {
                out.add(new Location.Span(pos, pos + s.text().length()));
            }
            pos += s.text().length();
        }
        return out;
    }

    /**
     * Cuts {@code text}, which starts at offset {@code textStart} of its source, around each of {@code spans}
     * (offsets into the same source, in order, not overlapping); the parts inside them are marked.
     */
    public static List<Segment> splitAround(String text, int textStart, List<Location.Span> spans) {
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (Location.Span span : spans) {
            int from = Math.max(pos, clamp(span.start() - textStart, text.length()));
            int to = clamp(span.end() - textStart, text.length());
            if (to <= from) {
                continue;
            }
            add(out, text.substring(pos, from), false);
            add(out, text.substring(from, to), true);
            pos = to;
        }
        add(out, text.substring(pos), false);
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
