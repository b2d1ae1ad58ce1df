package org.filmlens.ui.common;

/**
 * A place in a source to show: the whole source ({@code start < 0}) or a span of its text (offsets into
 * Source.text, end exclusive).
 */
public record Location(String sourceId, int start, int end) {
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
