package org.filmlens.ui.ending;

/** A column of the matrix: a source that answers at least one question. */
public record SourceColumn(String sourceId, String title) {}
