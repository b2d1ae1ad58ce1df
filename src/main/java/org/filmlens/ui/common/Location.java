package org.filmlens.ui.common;

import java.util.List;

/**
 * A place in a source to show: the whole source ({@code start < 0}) or a span of its text (offsets into
 * Source.text, end exclusive), and within it the words to mark (a search's matches; none for a quote's span, which
 * is marked whole).
 */
public record Location(String sourceId, int start, int end, List<Span> words) {
    /** Characters [start, end) of the source's text. */
    public record Span(int start, int end) {}

    public Location {
        words = List.copyOf(words);
    }

    public Location(String sourceId, int start, int end) {
        this(sourceId, start, end, List.of());
    }

    public static Location wholeSource(String sourceId) {
        return new Location(sourceId, -1, -1);
    }

    public boolean hasSpan() {
        return start >= 0 && end >= start;
    }

    /** Whether this span overlaps [from, to). */
    public boolean overlaps(int from, int to) {
        return hasSpan() && start < to && end > from;
    }
}
