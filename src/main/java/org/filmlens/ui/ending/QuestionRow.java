package org.filmlens.ui.ending;

import java.util.List;
import java.util.Objects;

/** One row of the matrix: a question and one cell per column, in column order. */
public record QuestionRow(String id, String question, List<AnswerCell> cells) {
    // A row of the matrix counts from its arrays: at 100 MB each caption shown would otherwise make a cell for each
    // of 2,853 columns, twice, on the FX thread.
    public long answered() {
        return cells instanceof RowCells r ? r.answered() : cells.stream().filter(AnswerCell::isAnswer).count();
    }

    /** The sources that could answer: those that answer and those silent; a source not discussing the film is out. */
    public long discussing() {
        return cells instanceof RowCells r ? r.discussing() : cells.stream().filter(c -> !c.isNotDiscussed()).count();
    }

    /** "3 of 5 sources answer" */
    public String answeredCaption() {
        return answered() + " of " + discussing() + " sources answer";
    }

    // Written out, not generated: see WrittenOutRecordMethodsTest for why and for the rule they keep.
    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionRow r && Objects.equals(id, r.id) && Objects.equals(question, r.question)
                && Objects.equals(cells, r.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, question, cells);
    }
}
