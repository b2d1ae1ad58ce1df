package org.filmlens.ui.ending;

/**
 * One cell of the matrix: what one source answers to one question, or "silent".
 *
 * @param passageId the passage to open, or null when the source is silent
 */
public record AnswerCell(String questionId, String sourceId, String passageId, String stance, Tone tone,
                         String excerpt, String text) {
    static final int EXCERPT_CHARS = 180;

    static AnswerCell silent(String questionId, String sourceId) {
        return new AnswerCell(questionId, sourceId, null, "silent", Tone.SILENT, "", "");
    }

    public boolean isSilent() {
        return tone == Tone.SILENT;
    }
}
