package org.filmlens.corpus;

import java.util.Objects;

/**
 * What an annotation is attached to. A text span is {@code sourceId}, {@code start}, {@code end} (offsets into the
 * source text) with the {@code exact} text and a little {@code prefix} / {@code suffix} context, so that the span
 * can be found again when the text changes. Quotes, scenes and ending questions are named by {@code refId}; a quote
 * target also carries the span of one of its occurrences when there is one. Span fields are null when absent.
 */
public record AnnotationTarget(AnnotationTargetType type, String sourceId, String passageId, Integer start,
                               Integer end, String exact, String prefix, String suffix, String refId) {
    public AnnotationTarget {
        Objects.requireNonNull(type, "type");
        if (start != null && end != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("annotation span [" + start + "," + end + ") is not a valid range");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public static AnnotationTarget span(String sourceId, String passageId, int start, int end, String exact,
                                        String prefix, String suffix) {
        return new AnnotationTarget(AnnotationTargetType.PASSAGE_SPAN, sourceId, passageId, start, end, exact, prefix,
                suffix, null);
    }

    public static AnnotationTarget scene(String sceneId) {
        return new AnnotationTarget(AnnotationTargetType.SCENE, null, null, null, null, null, null, null, sceneId);
    }

    public static AnnotationTarget endingQuestion(String questionId) {
        return new AnnotationTarget(AnnotationTargetType.ENDING_QUESTION, null, null, null, null, null, null, null,
                questionId);
    }

    /** True when the target points at text (a span or a quote occurrence), so it can be re-anchored. */
    public boolean hasSpan() {
        return exact != null && !exact.isEmpty() && start != null && end != null;
    }

    /** The same target pointing at another quote, scene or question. */
    public AnnotationTarget withRefId(String newRefId) {
        return new AnnotationTarget(type, sourceId, passageId, start, end, exact, prefix, suffix, newRefId);
    }

    /** The same target moved to another place in the (new) text. */
    public AnnotationTarget movedTo(String newSourceId, String newPassageId, int newStart, int newEnd, String newExact,
                                    String newPrefix, String newSuffix) {
        return new AnnotationTarget(type, newSourceId, newPassageId, newStart, newEnd, newExact, newPrefix, newSuffix,
                refId);
    }
}
