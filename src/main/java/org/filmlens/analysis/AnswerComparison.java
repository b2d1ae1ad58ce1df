package org.filmlens.analysis;

import java.util.List;

/**
 * Two sources' answers to one question, word by word.
 *
 * @param sharedWords content words both answers use (lower case, sorted), the quickest view of where they agree
 */
public record AnswerComparison(String leftSourceId, String rightSourceId, List<DiffSegment> segments,
                               List<String> sharedWords) {}
