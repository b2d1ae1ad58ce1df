package org.filmlens.corpus;

import java.util.Locale;

/** Where a source stands on an ending question. */
public enum Stance {
    HOPEFUL, BLEAK, AMBIGUOUS, LITERAL, FIGURATIVE, NEUTRAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
