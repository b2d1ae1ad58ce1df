package org.filmlens.index;

import java.util.List;

/**
 * One matching annotation: its id and the matched parts of its note, annotated text and tags, in that order, with
 * {@code <mark>term</mark>} around the matches.
 */
public record AnnotationHit(String annotationId, float score, List<String> fragments) {}
