package org.filmlens.ui.notes;

import java.util.Arrays;
import java.util.List;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;

/** What the user typed in the annotation dialog: a note, tags, and where they stand (or null). */
public record AnnotationDraft(String note, List<String> tags, AnnotationStance stance) {
    public AnnotationDraft {
        note = note == null ? "" : note.strip();
        tags = Annotation.cleanTags(tags);
    }

    /** Tags as typed: separated by commas. */
    public static AnnotationDraft of(String note, String tagsText, AnnotationStance stance) {
        List<String> tags = tagsText == null ? List.of() : Arrays.asList(tagsText.split(","));
        return new AnnotationDraft(note, tags, stance);
    }

    public static AnnotationDraft of(Annotation a) {
        return new AnnotationDraft(a.note(), a.tags(), a.stance());
    }

    public boolean isEmpty() {
        return note.isEmpty() && tags.isEmpty() && stance == null;
    }
}
