package org.filmlens.ui.quotebrowser;

/**
 * One place a source quotes the selected line: the source, the words around it, and the span to open.
 *
 * @param attribution who this source says speaks the line, or empty
 */
public record OccurrenceRow(String sourceId, String sourceTitle, String site, String before, String text,
                            String after, String attribution, int start, int end) {}
