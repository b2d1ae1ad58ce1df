package org.filmlens.annotations;

import java.util.List;
import org.filmlens.corpus.Annotation;

/** annotations.json: {@code formatVersion} first, then the annotations in the order they were made. */
record StoredAnnotations(int formatVersion, List<Annotation> annotations) {
    static final int VERSION = 1;

    StoredAnnotations {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
