package org.filmlens.index;

import java.util.List;

/** One matching canonical quote, with highlighted fragments ({@code <mark>term</mark>}). */
public record QuoteHit(String quoteId, String speaker, List<String> sourceIds, float score, String text,
                       List<String> fragments) {}
