package org.filmlens.corpus;

import java.util.List;

/**
 * A question readers ask of the ending, with each source's answer.
 *
 * @param silent the sources that discuss the film (articles, Q&amp;A threads, listings, other pages; not bare quotes
 *               pages) yet say nothing on this question, in corpus order
 */
public record EndingQuestion(String id, String question, List<EndingAnswer> answers, List<String> silent) {
    public EndingQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
        silent = silent == null ? List.of() : silent instanceof SilentSources shared ? shared : List.copyOf(silent);
    }

    /** A question whose silent sources are not worked out yet. */
    public EndingQuestion(String id, String question, List<EndingAnswer> answers) {
        this(id, question, answers, List.of());
    }
}
