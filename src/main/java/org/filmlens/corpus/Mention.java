package org.filmlens.corpus;

/** A reference to a character in a source: offsets into the source text. */
public record Mention(String sourceId, String passageId, int start, int end) {}
