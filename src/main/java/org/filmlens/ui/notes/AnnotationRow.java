package org.filmlens.ui.notes;

import org.filmlens.corpus.Annotation;

/**
 * One annotation in the pane's table.
 *
 * @param where  what it is attached to, for people: a source's title, "Quote: …", "Scene 3: …", "Ending: …"
 * @param exact  the annotated words, when it is attached to text
 */
public record AnnotationRow(Annotation annotation, String where, String exact, String note, String tags,
                            String stance, String modified) {
    public boolean canOpen() {
        return annotation.target().hasSpan() && annotation.target().sourceId() != null;
    }

    public boolean unplaced() {
        return annotation.unplaced();
    }
}
