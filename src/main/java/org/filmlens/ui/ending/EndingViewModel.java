package org.filmlens.ui.ending;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Source;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.WorkspaceSession;

/**
 * Ending explanations: the question × source matrix (a column for each source that answers anything, "silent"
 * where it says nothing), and a side-by-side comparison of two sources' answers to one question.
 */
public final class EndingViewModel extends PaneViewModel {
    private final Navigator navigator;
    private final ObservableList<SourceColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<QuestionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper silentEverywhere = new ReadOnlyStringWrapper("");
    private final ObjectProperty<QuestionRow> compareQuestion = new SimpleObjectProperty<>();
    private final ObservableList<AnswerCell> compareChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AnswerCell> compareLeft = new SimpleObjectProperty<>();
    private final ObjectProperty<AnswerCell> compareRight = new SimpleObjectProperty<>();

    public EndingViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator) {
        super(session, runner);
        this.navigator = navigator;
        compareQuestion.addListener((obs, old, now) -> pickComparison(now));
    }

    public ObservableList<SourceColumn> columns() {
        return columns;
    }

    public ObservableList<QuestionRow> rows() {
        return rows;
    }

    /** The sources that answer no question at all, named in one line under the matrix. */
    public ReadOnlyStringProperty silentEverywhereProperty() {
        return silentEverywhere.getReadOnlyProperty();
    }

    public ObjectProperty<QuestionRow> compareQuestionProperty() {
        return compareQuestion;
    }

    /** The answers to the compared question that can be put side by side. */
    public ObservableList<AnswerCell> compareChoices() {
        return compareChoices;
    }

    public ObjectProperty<AnswerCell> compareLeftProperty() {
        return compareLeft;
    }

    public ObjectProperty<AnswerCell> compareRightProperty() {
        return compareRight;
    }

    public void open(AnswerCell cell) {
        if (cell != null && !cell.isSilent()) {
            navigator.openPassage(cell.passageId());
        }
    }

    @Override
    protected void reload() {
        load(ws -> ws.ending(), questions -> {
            Matrix m = matrix(session.corpus(), questions);
            String keep = compareQuestion.get() == null ? null : compareQuestion.get().id();
            columns.setAll(m.columns());
            rows.setAll(m.rows());
            silentEverywhere.set(m.silent().isEmpty() ? "" : "Silent on every question: " + String.join(", ",
                    m.silent()));
            compareQuestion.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0)));
        });
    }

    record Matrix(List<SourceColumn> columns, List<QuestionRow> rows, List<String> silent) {}

    /** Columns in corpus order; one cell per column in each row. */
    static Matrix matrix(Corpus corpus, List<EndingQuestion> questions) {
        Set<String> answering = new LinkedHashSet<>();
        for (EndingQuestion q : questions) {
            for (EndingAnswer a : q.answers()) {
                answering.add(a.sourceId());
            }
        }
        List<SourceColumn> columns = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Source s : corpus.sources()) {
            String title = Texts.title(s);
            if (answering.remove(s.id())) {
                columns.add(new SourceColumn(s.id(), title));
            } else {
                silent.add(title);
            }
        }
        for (String unknown : answering) { // answers from a source the corpus lacks: still shown, never dropped
            columns.add(new SourceColumn(unknown, unknown));
        }
        List<QuestionRow> rows = new ArrayList<>();
        for (EndingQuestion q : questions) {
            List<AnswerCell> cells = new ArrayList<>();
            for (SourceColumn col : columns) {
                cells.add(q.answers().stream().filter(a -> a.sourceId().equals(col.sourceId())).findFirst()
                        .map(a -> new AnswerCell(q.id(), a.sourceId(), a.passageId(),
                                a.stance() == null ? "neutral" : a.stance().label(), Tone.of(a.stance()),
                                Texts.excerpt(a.text(), AnswerCell.EXCERPT_CHARS), a.text()))
                        .orElse(AnswerCell.silent(q.id(), col.sourceId())));
            }
            rows.add(new QuestionRow(q.id(), q.question(), cells));
        }
        return new Matrix(columns, rows, silent);
    }

    /** The first two answering sources are compared by default. */
    private void pickComparison(QuestionRow q) {
        List<AnswerCell> answers = q == null ? List.of() : q.cells().stream().filter(c -> !c.isSilent()).toList();
        compareChoices.setAll(answers);
        compareLeft.set(answers.isEmpty() ? null : answers.get(0));
        compareRight.set(answers.size() < 2 ? null : answers.get(1));
    }
}
