package org.filmlens.ui.ending;

import java.util.List;

/** One row of the matrix: a question and one cell per column, in column order. */
public record QuestionRow(String id, String question, List<AnswerCell> cells) {
    public long answered() {
        return cells.stream().filter(c -> !c.isSilent()).count();
    }
}
