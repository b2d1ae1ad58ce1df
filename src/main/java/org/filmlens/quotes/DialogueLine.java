package org.filmlens.quotes;

import java.util.List;

/**
 * One line of a quotes page after parsing: either a labelled line ({@code label} set, {@code spoken} the stretches of
 * words actually spoken, stage directions left out) or a stage direction standing alone ({@code label} null,
 * {@code direction} its words, e.g. "last lines"). {@code marker} is set when the line only says where the dialogue
 * sits in the film ("first lines", "last lines").
 */
public record DialogueLine(String label, List<Span> spoken, String direction, String marker) {
    public boolean isDirectionOnly() {
        return label == null;
    }
}
