package org.filmlens.ui.ending;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One matrix row's cells, one per column, made when asked for. At 100 MB the matrix is 714 questions by 2,853
 * columns, two million cells of which 12,411 are answers: the row keeps its answers' cells and which columns are
 * silent, and a silent or not-discussing cell is made when the grid shows it (the grid makes nodes only for the cells
 * in view). Equal, cell for cell, to the list of records it stands for.
 */
final class RowCells extends AbstractList<AnswerCell> implements RandomAccess {
    private final String questionId;
    private final List<SourceColumn> columns;
    /** By column: the answer's cell, or null. */
    private final AnswerCell[] answers;
    /** By column: silent on this question (when there is no answer). */
    private final boolean[] silent;

    RowCells(String questionId, List<SourceColumn> columns, AnswerCell[] answers, boolean[] silent) {
        this.questionId = questionId;
        this.columns = columns;
        this.answers = answers;
        this.silent = silent;
    }

    @Override
    public AnswerCell get(int column) {
        AnswerCell answer = answers[column];
        if (answer != null) {
            return answer;
        }
        String sourceId = columns.get(column).sourceId();
        return silent[column] ? AnswerCell.silent(questionId, sourceId) : AnswerCell.notDiscussed(questionId, sourceId);
    }

    @Override
    public int size() {
        return answers.length;
    }

    /** The columns that answer, counted without making a cell for each of the others. */
    long answered() {
        long n = 0;
        for (AnswerCell a : answers) {
            n += a == null ? 0 : 1;
        }
        return n;
    }

    /** The columns that answer or are silent (the others do not discuss the film), counted as {@link #answered}. */
    long discussing() {
        long n = 0;
        for (int i = 0; i < answers.length; i++) {
            n += answers[i] != null || silent[i] ? 1 : 0;
        }
        return n;
    }
}
