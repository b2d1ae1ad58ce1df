package org.filmlens.ui.reader;

import java.util.List;
import java.util.stream.Collectors;
import org.filmlens.corpus.Annotation;

/** A stretch of a passage that the same annotations cover (one or several, overlapping there), in passage offsets. */
public record AnnotatedRun(TextRange range, List<Annotation> annotations) {
    public AnnotatedRun {
        annotations = List.copyOf(annotations);
    }

    /** What hovering the run shows: each annotation's note, then its tags and stance, one annotation a paragraph. */
    public String describe() {
        return annotations.stream().map(AnnotatedRun::describe).collect(Collectors.joining("\n\n"));
    }

    static String describe(Annotation a) {
        StringBuilder b = new StringBuilder(a.note().isEmpty() ? "(no note)" : a.note());
        if (!a.tags().isEmpty()) {
            b.append('\n').append(a.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
        }
        if (a.stance() != null) {
            b.append(a.tags().isEmpty() ? "\n" : " · ").append(a.stance().label());
        }
        return b.toString();
    }
}
