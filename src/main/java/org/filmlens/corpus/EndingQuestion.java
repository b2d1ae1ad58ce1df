package org.filmlens.corpus;

import java.util.List;

/**
 * A question readers ask of the ending, with each source's answer.
 *
 * @param silent  the sources that discuss the film (articles, Q&amp;A threads, listings, other pages; not bare quotes
 *                pages) yet say nothing on this question, in corpus order
 * @param aliases the other ids the question answers to: one per source heading gathered into it and per question the
 *                user merged into it. Which id names a group can change when pages come and go, so a note or a
 *                script that names any of them still finds the question.
 */
public record EndingQuestion(String id, String question, List<EndingAnswer> answers, List<String> silent,
                             List<String> aliases) {
    public EndingQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
        silent = silent == null ? List.of() : silent instanceof SilentSources shared ? shared : List.copyOf(silent);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A question known by one id only. */
    public EndingQuestion(String id, String question, List<EndingAnswer> answers, List<String> silent) {
        this(id, question, answers, silent, List.of());
    }

    /** A question known by one id only, whose silent sources are not worked out yet. */
    public EndingQuestion(String id, String question, List<EndingAnswer> answers) {
        this(id, question, answers, List.of(), List.of());
    }

    /** This question with other answers (its silent sources to be worked out again); id and aliases kept. */
    public EndingQuestion withAnswers(List<EndingAnswer> newAnswers) {
        return new EndingQuestion(id, question, newAnswers, List.of(), aliases);
    }

    /** This question in other words; id, answers and aliases kept. */
    public EndingQuestion withWording(String wording) {
        return new EndingQuestion(id, wording, answers, List.of(), aliases);
    }
}
