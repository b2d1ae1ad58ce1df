package org.filmlens.corpus;

/**
 * One place where a source quotes a line of the film. {@code start}/{@code end} are offsets into the source text,
 * so {@code source.text().substring(start, end).equals(text)}. {@code speaker} is who this occurrence attributes the
 * line to, or null when it cannot be told.
 *
 * @param marker     a quotes page's note on where the line falls ("first lines", "last lines"), or null
 * @param exchangeId the same for consecutive lines of one exchange on a quotes page, or null in prose
 */
public record QuoteOccurrence(String sourceId, String passageId, int start, int end, String text, String speaker,
                              String marker, String exchangeId) {
    /** An occurrence with no marker and no exchange (a quotation in prose). */
    public QuoteOccurrence(String sourceId, String passageId, int start, int end, String text, String speaker) {
        this(sourceId, passageId, start, end, text, speaker, null, null);
    }
}
