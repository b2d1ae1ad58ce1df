package org.filmlens.corpus;

/**
 * The unit of search: a paragraph, heading, bullet or dialogue line of one source.
 * {@code source.text().substring(start, end).equals(text)} always holds.
 *
 * @param ordinal position of the passage in its source, from 0
 * @param section the heading the passage falls under, or null before the first heading
 */
public record Passage(String id, String sourceId, int ordinal, PassageKind kind, String section, int start, int end,
                      String text) {}
