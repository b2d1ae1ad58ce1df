package org.filmlens.ui.common;

/**
 * A row that refers to a place in a source: what it says, where it comes from, and where one click takes the
 * reader. Either a passage id or a span of a source.
 */
public record Link(String text, String detail, String passageId, String sourceId, int start, int end) {
    public static Link toPassage(String text, String detail, String passageId) {
        return new Link(text, detail, passageId, null, -1, -1);
    }

    public static Link toSpan(String text, String detail, String sourceId, int start, int end) {
        return new Link(text, detail, null, sourceId, start, end);
    }

    public void open(Navigator navigator) {
        if (passageId != null) {
            navigator.openPassage(passageId);
        } else {
            navigator.openSpan(sourceId, start, end);
        }
    }
}
