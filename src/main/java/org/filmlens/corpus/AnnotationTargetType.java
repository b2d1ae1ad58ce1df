package org.filmlens.corpus;

/** What an annotation is attached to. */
public enum AnnotationTargetType {
    /** A span of a source's text inside one passage (or a whole passage). */
    PASSAGE_SPAN,
    /** A canonical quote; the span, when known, is one of its occurrences. */
    QUOTE,
    /** A scene of the film's outline. */
    SCENE,
    /** A question readers ask of the ending. */
    ENDING_QUESTION
}
