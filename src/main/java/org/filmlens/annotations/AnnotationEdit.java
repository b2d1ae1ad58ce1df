package org.filmlens.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;

/**
 * One change to the annotations, as a command object. It is applied to the latest list on disk (so two processes
 * editing different fields or annotations never undo each other) and returns the edit that reverses what it actually
 * did, which is what undo and redo replay.
 */
public sealed interface AnnotationEdit {

    /**
     * Applies this edit to {@code annotations} in place.
     *
     * @param now the time to record as the annotation's {@code modified}
     * @return the edit that undoes it
     */
    AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException;

    record Add(Annotation annotation) implements AnnotationEdit {
        public Add {
            Objects.requireNonNull(annotation, "annotation");
        }

        @Override
        public AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException {
            if (indexOf(annotations, annotation.id()) >= 0) {
                throw new AnnotationException("annotation " + annotation.id() + " already exists");
            }
            annotations.add(annotation);
            return new Delete(annotation.id());
        }
    }

    record Delete(String id) implements AnnotationEdit {
        @Override
        public AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException {
            Annotation removed = annotations.remove(require(annotations, id));
            return new Add(removed);
        }
    }

    record SetNote(String id, String note) implements AnnotationEdit {
        @Override
        public AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException {
            int i = require(annotations, id);
            Annotation old = annotations.get(i);
            annotations.set(i, old.withNote(note, now));
            return new SetNote(id, old.note());
        }
    }

    record SetTags(String id, List<String> tags) implements AnnotationEdit {
        public SetTags {
            tags = Annotation.cleanTags(tags);
        }

        @Override
        public AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException {
            int i = require(annotations, id);
            Annotation old = annotations.get(i);
            annotations.set(i, old.withTags(tags, now));
            return new SetTags(id, old.tags());
        }
    }

    /** {@code stance} null clears it. */
    record SetStance(String id, AnnotationStance stance) implements AnnotationEdit {
        @Override
        public AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException {
            int i = require(annotations, id);
            Annotation old = annotations.get(i);
            annotations.set(i, old.withStance(stance, now));
            return new SetStance(id, old.stance());
        }
    }

    /** Several edits that undo as one step (e.g. a dialog that changed the note and the tags). */
    record Batch(List<AnnotationEdit> edits) implements AnnotationEdit {
        public Batch {
            edits = List.copyOf(edits);
        }

        @Override
        public AnnotationEdit applyTo(List<Annotation> annotations, String now) throws AnnotationException {
            List<AnnotationEdit> inverses = new ArrayList<>();
            for (AnnotationEdit e : edits) {
                inverses.add(0, e.applyTo(annotations, now));
            }
            return new Batch(inverses);
        }
    }

    private static int require(List<Annotation> annotations, String id) throws AnnotationException {
        int i = indexOf(annotations, id);
        if (i < 0) {
            throw new AnnotationException("no annotation with id '" + id + "' (it may have been deleted in another "
                    + "window)");
        }
        return i;
    }

    static int indexOf(List<Annotation> annotations, String id) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
