package org.filmlens.corpus;

import java.util.Locale;

/** Where a source stands on an ending question. */
public enum Stance {
    HOPEFUL, BLEAK, AMBIGUOUS, LITERAL, FIGURATIVE, NEUTRAL,
    /** The ending read as death or self-destruction: darker than bleak. */
    TRAGIC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stance named by {@code label} (any case), or null when there is none by that name. */
    public static Stance fromLabel(String label) {
        if (label == null) {
            return null;
        }
        for (Stance s : values()) {
            if (s.name().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        return null;
    }
}
