package org.filmlens.ui.ending;

import java.util.Objects;

/**
 * One cell of the matrix: what one source answers to one question, "silent" when the source discusses the film
 * but says nothing on the question, or "not discussed" when the source does not discuss the film (a quotes page).
 *
 * @param passageId the passage to open, or null when the source does not answer
 * @param stanceCue the words that decided the stance ("sunrise"), or null when there are none to show
 */
public record AnswerCell(String questionId, String sourceId, String passageId, String stance, Tone tone,
                         String excerpt, String text, String stanceCue) {
    static final int EXCERPT_CHARS = 180;
    static final String NOT_DISCUSSED = "not discussed";

    static AnswerCell silent(String questionId, String sourceId) {
        return new AnswerCell(questionId, sourceId, null, "silent", Tone.SILENT, "", "", null);
    }

    static AnswerCell notDiscussed(String questionId, String sourceId) {
        return new AnswerCell(questionId, sourceId, null, NOT_DISCUSSED, Tone.ABSENT, "", "", null);
    }

    /** Discusses the film, says nothing on this question. */
    public boolean isSilent() {
        return tone == Tone.SILENT;
    }

    /** Does not discuss the film at all: neither an answer nor a silence, so it counts for neither. */
    public boolean isNotDiscussed() {
        return tone == Tone.ABSENT;
    }

    public boolean isAnswer() {
        return !isSilent() && !isNotDiscussed();
    }

    /** The stance chip's words: "hopeful · sunrise", or the stance alone when no cue decided it. */
    public String stanceCaption() {
        return stanceCue == null || stanceCue.isBlank() ? stance : stance + " · " + stanceCue;
    }

    // Written out, not generated: see WrittenOutRecordMethodsTest for why and for the rule they keep.
    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerCell c && tone == c.tone && Objects.equals(questionId, c.questionId)
                && Objects.equals(sourceId, c.sourceId) && Objects.equals(passageId, c.passageId)
                && Objects.equals(stance, c.stance) && Objects.equals(excerpt, c.excerpt)
                && Objects.equals(text, c.text) && Objects.equals(stanceCue, c.stanceCue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionId, sourceId, passageId, stance, tone, excerpt, text, stanceCue);
    }
}
