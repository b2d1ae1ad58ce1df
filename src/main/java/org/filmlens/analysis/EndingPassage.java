package org.filmlens.analysis;

import java.util.Set;
import org.filmlens.corpus.Passage;

/**
 * A passage that talks about the ending.
 *
 * @param heading the ending section's heading it sits under, or null when it was found on its own by cue words
 */
record EndingPassage(Passage passage, String heading, Set<EndingCue> cues) {
    String sourceId() {
        return passage.sourceId();
    }
}
