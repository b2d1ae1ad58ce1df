package org.filmlens.corpus;

import java.util.List;

/** A question readers ask of the ending, with each source's answer (sources that are silent have none). */
public record EndingQuestion(String id, String question, List<EndingAnswer> answers) {}
