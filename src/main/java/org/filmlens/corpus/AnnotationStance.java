package org.filmlens.corpus;

import java.util.Locale;
import java.util.Optional;

/** Where the annotating reader stands on what they annotated. */
public enum AnnotationStance {
    AGREE, DISAGREE, UNSURE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stance named by {@code text} (any case), or empty when it names none. */
    public static Optional<AnnotationStance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (AnnotationStance s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
