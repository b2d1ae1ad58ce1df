package org.filmlens.analysis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Question ids made from the question's own words, never from list positions, so that the same heading gives the
 * same id after every re-ingest and the user's edits keyed by it still apply.
 */
final class QuestionIds {
    private QuestionIds() {}

    /** "Why did Ned leave?" → "ned-leave"; function words and the film's title drop out. */
    static String fromQuestion(String question, Set<String> titleWords) {
        List<String> words = ContentWords.tokens(question).stream()
                .filter(t -> !ContentWords.isStopWord(t) && !titleWords.contains(t))
                .toList();
        String slug = words.stream().limit(6).collect(Collectors.joining("-"));
        return slug.isEmpty() ? "ending" : slug;
    }

    /** An id for a question the user adds, from its wording, unlike every id already taken. */
    static String forAdded(String question, Set<String> titleWords, Set<String> taken) {
        String base = "user-" + fromQuestion(question, titleWords);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
