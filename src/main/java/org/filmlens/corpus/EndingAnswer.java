package org.filmlens.corpus;

import java.util.List;

/**
 * What one source says in answer to one ending question.
 *
 * @param passageIds every passage of the source that answers; the first is the main one
 * @param text       the answer's text (the main passage, or a joined excerpt)
 */
public record EndingAnswer(String sourceId, List<String> passageIds, String text, Stance stance) {
    public String passageId() {
        return passageIds.isEmpty() ? null : passageIds.get(0);
    }
}
