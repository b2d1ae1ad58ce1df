package org.filmlens.corpus;

import java.util.List;

/**
 * One line (or short exchange turn) of the film's dialogue, with every place that quotes it.
 *
 * @param text     the canonical wording: the fullest labelled version found
 * @param speaker  the character's canonical name, or null when no source attributes it
 * @param sourceIds the sources that quote it, in corpus order
 */
public record Quote(String id, String text, String speaker, List<String> sourceIds, List<QuoteOccurrence> occurrences) {}
