package org.filmlens.ui.reader;

/** A run of characters [start, end) of one passage's text, counted from the passage's first character. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("range [" + start + "," + end + ") is not a valid range");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }
}
