package org.filmlens.analysis;

/**
 * A run of words in a comparison of two answers: words both share, or words only one of them has.
 *
 * @param text the words, joined by single spaces
 */
public record DiffSegment(Kind kind, String text) {
    public enum Kind { EQUAL, ONLY_LEFT, ONLY_RIGHT }
}
