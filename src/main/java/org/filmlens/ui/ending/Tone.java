package org.filmlens.ui.ending;

import org.filmlens.corpus.Stance;

/**
 * How a stance is coloured: the view maps each tone to an AtlantaFX style. SILENT: the source discusses the film but
 * not the question; ABSENT: the source does not discuss the film (dimmer still).
 */
public enum Tone {
    SUCCESS, DANGER, WARNING, ACCENT, NEUTRAL, SILENT, ABSENT;

    static Tone of(Stance stance) {
        if (stance == null) {
            return NEUTRAL;
        }
        return switch (stance) {
            case HOPEFUL -> SUCCESS;
            case BLEAK, TRAGIC -> DANGER;
            case AMBIGUOUS -> WARNING;
            case LITERAL, FIGURATIVE -> ACCENT;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
