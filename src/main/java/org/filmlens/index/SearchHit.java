package org.filmlens.index;

import java.util.List;

/** One matching passage, with highlighted fragments ({@code <mark>term</mark>}). */
public record SearchHit(String passageId, String sourceId, float score, String text, List<String> fragments) {}
