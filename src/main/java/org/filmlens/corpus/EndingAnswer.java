package org.filmlens.corpus;

import java.util.List;

/**
 * What one source says in answer to one ending question.
 *
 * @param passageIds every passage of the source that answers; the first is the main one (the passage that best
 *                   answers this question), the others support it, in source order
 * @param text       the main passage's text
 * @param stance     read from the main passage, the supporting ones counting less, or set by the user
 * @param stanceCue  the words of the text that decided the stance ("sunrise", "hope / loneliness"); null when the
 *                   stance is neutral or the user set it
 */
public record EndingAnswer(String sourceId, List<String> passageIds, String text, Stance stance, String stanceCue) {
    public EndingAnswer {
        passageIds = passageIds == null ? List.of() : List.copyOf(passageIds);
    }

    /** An answer whose stance comes with no cue (set by hand, or neutral). */
    public EndingAnswer(String sourceId, List<String> passageIds, String text, Stance stance) {
        this(sourceId, passageIds, text, stance, null);
    }

    public String passageId() {
        return passageIds.isEmpty() ? null : passageIds.get(0);
    }
}
