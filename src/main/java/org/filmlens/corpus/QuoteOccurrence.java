package org.filmlens.corpus;

/**
 * One place where a source quotes a line of the film. {@code start}/{@code end} are offsets into the source text,
 * so {@code source.text().substring(start, end).equals(text)}. {@code speaker} is who this occurrence attributes the
 * line to, or null when it cannot be told.
 */
public record QuoteOccurrence(String sourceId, String passageId, int start, int end, String text, String speaker) {}
