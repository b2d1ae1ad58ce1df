package org.filmlens.corpus;

import java.util.List;

/** A character's arc: their mentions, their lines, and the stages of their story in film order. */
public record Arc(String character, String actor, List<Mention> mentions, List<String> quoteIds, List<ArcStage> stages) {}
