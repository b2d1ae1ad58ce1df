package org.filmlens.ui.ending;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.annotations.AnnotationException;
import org.filmlens.analysis.DiffSegment;
import org.filmlens.analysis.EndingComparer;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.SilentSources;
import org.filmlens.corpus.Source;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.ErrorMessages;
import org.filmlens.ui.common.MarkedText;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.UndoStack;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.Annotator;
import org.filmlens.workspace.AnalysisPart;
import org.filmlens.workspace.Workspace;

/**
 * Ending explanations: the question × source matrix (a column for each source that answers anything, "silent"
 * where the question names it silent, "not discussed" where the source does not discuss the film), and a side-by-side comparison of two
 * sources' answers to one question.
 */
public final class EndingViewModel extends PaneViewModel {
    private final Navigator navigator;
    private final ObservableList<SourceColumn> columns = FXCollections.observableArrayList();
    private Map<String, String> columnTitles = Map.of();
    private final ObservableList<QuestionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper silentEverywhere = new ReadOnlyStringWrapper("");
    private final ObjectProperty<QuestionRow> compareQuestion = new SimpleObjectProperty<>();
    private final ObservableList<AnswerCell> compareChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AnswerCell> compareLeft = new SimpleObjectProperty<>();
    private final ObjectProperty<AnswerCell> compareRight = new SimpleObjectProperty<>();
    private final ObservableList<MarkedText.Segment> leftWords = FXCollections.observableArrayList();
    private final ObservableList<MarkedText.Segment> rightWords = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sharedWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper("");
    private final UndoStack undo;
    private final Annotator annotator;
    private long compareSequence;

    public EndingViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator, UndoStack undo,
                           Annotator annotator) {
        super(session, runner);
        this.navigator = navigator;
        this.undo = undo;
        this.annotator = annotator;
        compareQuestion.addListener((obs, old, now) -> pickComparison(now));
        compareLeft.addListener((obs, old, now) -> compare());
        compareRight.addListener((obs, old, now) -> compare());
    }

    /** The left answer word by word: the runs both answers share are marked. */
    public ObservableList<MarkedText.Segment> leftWords() {
        return leftWords;
    }

    /** The right answer word by word: the runs both answers share are marked. */
    public ObservableList<MarkedText.Segment> rightWords() {
        return rightWords;
    }

    /** "Both say: letter, love, samantha …" */
    public ReadOnlyStringProperty sharedWordsProperty() {
        return sharedWords.getReadOnlyProperty();
    }

    /** Adds a question of the user's own; every source is silent on it until answers are merged in. */
    public void addQuestion(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        edit("add question", "Adding the question…", ws -> ws.addQuestion(text.strip()));
    }

    public void renameQuestion(QuestionRow row, String text) {
        if (row == null || text == null || text.isBlank() || text.strip().equals(row.question())) {
            return;
        }
        edit("rename question", "Renaming the question…", ws -> {
            ws.renameQuestion(row.id(), text.strip());
            return row.id();
        });
    }

    private interface QuestionEdit {
        String apply(Workspace ws) throws Exception;
    }

    /**
     * The user is about to edit the questions (an edit's dialog opened): what the edit derives first is made now, in
     * the background, while they type. Nothing is shown: the edit says what it does when it is made.
     */
    public void prepareEdit() {
        Workspace ws = session.workspace();
        if (ws != null) {
            runner.submit(() -> {
                ws.prepareEndingEdit();
                return null;
            }, done -> { }, error -> { }); // a failed preparation is not kept: the edit derives again
        }
    }

    /**
     * What an edit of the questions is doing while it is saved and the ending mapped again with it (the first edit
     * of a large workspace takes seconds); empty otherwise.
     */
    public ReadOnlyStringProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Runs an edit of the questions and records, for undo, the user's edits as they were before and after. */
    private void edit(String label, String doing, QuestionEdit change) {
        Workspace ws = session.workspace();
        if (ws == null) {
            return;
        }
        editing.set(doing);
        runner.submit(() -> {
            EndingEdits before = ws.endingEdits();
            String id = change.apply(ws);
            return new Edited(id, before, ws.endingEdits());
        }, done -> {
            editing.set("");
            undo.push(new EditStep(label, ws, done.before(), done.after()));
            focusOn = done.questionId();
            reload();
        }, error -> {
            editing.set("");
            session.reportError("Could not " + label + ": " + ErrorMessages.oneLine(error));
        });
    }

    private record Edited(String questionId, EndingEdits before, EndingEdits after) {}

    /** The question the last edit touched: it is the one compared once the matrix is shown again. */
    private String focusOn;
    /** The first comparison, made with the matrix being shown (see {@link #firstComparison}). */
    private Compared readyComparison;

    private final class EditStep implements UndoStack.Step {
        private final String label;
        private final Workspace ws;
        private final EndingEdits before;
        private final EndingEdits after;

        EditStep(String label, Workspace ws, EndingEdits before, EndingEdits after) {
            this.label = label;
            this.ws = ws;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() throws Exception {
            ws.restoreEndingEdits(before);
        }

        @Override
        public void redo() throws Exception {
            ws.restoreEndingEdits(after);
        }

        @Override
        public void refresh() {
            invalidate();
        }
    }

    /** Compares the two chosen answers word by word, in the background; a late answer to an older pair is dropped. */
    private void compare() {
        long mine = ++compareSequence;
        QuestionRow q = compareQuestion.get();
        AnswerCell left = compareLeft.get();
        AnswerCell right = compareRight.get();
        Workspace ws = session.workspace();
        if (q == null || left == null || right == null || ws == null || left.sourceId().equals(right.sourceId())) {
            leftWords.setAll(left == null ? List.of() : List.of(new MarkedText.Segment(left.text(), false)));
            rightWords.setAll(right == null ? List.of() : List.of(new MarkedText.Segment(right.text(), false)));
            sharedWords.set("");
            return;
        }
        Compared ready = readyComparison;
        if (ready != null && ready.of(q, left, right)) {
            readyComparison = null;
            showComparison(ready.comparison());
            return;
        }
        runner.submit(() -> ws.compareAnswers(q.id(), List.of(left.sourceId(), right.sourceId())), result -> {
            if (mine != compareSequence || result.isEmpty()) {
                return;
            }
            showComparison(result.get(0));
        }, error -> {
            if (mine == compareSequence) {
                sharedWords.set(ErrorMessages.oneLine(error));
            }
        });
    }

    private void showComparison(AnswerComparison c) {
        leftWords.setAll(side(c.segments(), DiffSegment.Kind.ONLY_LEFT));
        rightWords.setAll(side(c.segments(), DiffSegment.Kind.ONLY_RIGHT));
        sharedWords.set(c.sharedWords().isEmpty() ? "They share no content words"
                : "Both say: " + String.join(", ", c.sharedWords()));
    }

    /**
     * One side of a comparison: the runs both answers share are marked (agreement is the rarer and more telling
     * signal between two readings), from their first content word to their last, since sharing "the" or "of them"
     * is no agreement; this side's own runs plain, single spaces between.
     */
    static List<MarkedText.Segment> side(List<DiffSegment> segments, DiffSegment.Kind own) {
        Runs runs = new Runs();
        for (DiffSegment d : segments) {
            if (d.kind() == own) {
                runs.add(d.text(), false);
            } else if (d.kind() == DiffSegment.Kind.EQUAL) {
                String[] words = d.text().split(" ");
                int first = 0;
                while (first < words.length && !EndingComparer.isContentWord(words[first])) {
                    first++;
                }
                int last = words.length - 1;
                while (last > first && !EndingComparer.isContentWord(words[last])) {
                    last--;
                }
                for (int i = 0; i < words.length; i++) {
                    runs.add(words[i], i >= first && i <= last);
                }
            }
        }
        return runs.done();
    }

    /** Words joined by single spaces into as few runs as their marking allows. */
    private static final class Runs {
        private final List<MarkedText.Segment> out = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private boolean marked;

        void add(String words, boolean mark) {
            if (mark != marked && !run.isEmpty()) {
                flush();
            }
            marked = mark;
            if (!out.isEmpty() || !run.isEmpty()) {
                run.append(' ');
            }
            run.append(words);
        }

        private void flush() {
            out.add(new MarkedText.Segment(run.toString(), marked));
            run.setLength(0);
        }

        List<MarkedText.Segment> done() {
            if (!run.isEmpty()) {
                flush();
            }
            return out;
        }
    }

    public ObservableList<SourceColumn> columns() {
        return columns;
    }

    /** The column title of a source (its id when it has no column). */
    public String sourceTitle(String sourceId) {
        return columnTitles.getOrDefault(sourceId, sourceId);
    }

    public ObservableList<QuestionRow> rows() {
        return rows;
    }

    /** The sources that answer no question at all, silent ones apart from those not discussing the film. */
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

    /** Annotates a question; the note lists as "Ending: the question" in the annotations pane. */
    public void annotateQuestion(QuestionRow row, AnnotationDraft draft) {
        if (row != null) {
            annotator.annotateQuestion(row.id(), draft);
        }
    }

    /** The text of an answer's main passage (what annotating the answer annotates), or nothing for a non-answer. */
    public Optional<Passage> answerPassage(AnswerCell cell) {
        return cell == null || !cell.isAnswer() ? Optional.empty() : session.corpus().passage(cell.passageId());
    }

    /**
     * Annotates an answer: a reading is a passage of its source, so the note goes on the answer's main passage, on
     * the words selected in it (offsets into its text) or on the whole of it, as the reader annotates a passage.
     */
    public void annotateAnswer(AnswerCell cell, int selectionStart, int selectionEnd, AnnotationDraft draft) {
        Optional<Passage> passage = answerPassage(cell);
        if (passage.isEmpty()) {
            session.reportError("Could not annotate: passage " + (cell == null ? null : cell.passageId())
                    + " is not in this workspace any more");
            return;
        }
        Passage p = passage.get();
        try {
            annotator.annotate(Annotator.passageSelection(session.corpus(), p.id(), p.start(), p.text(),
                    selectionStart, selectionEnd), draft);
        } catch (AnnotationException e) {
            session.reportError("Could not annotate: " + e.getMessage());
        }
    }

    public void open(AnswerCell cell) {
        if (cell != null && cell.isAnswer()) {
            navigator.openPassage(cell.passageId());
        }
    }

    @Override
    public Set<AnalysisPart> analysisParts() {
        return Set.of(AnalysisPart.ENDING);
    }

    @Override
    protected Read<?> read() {
        // the matrix is built in the background too: at a hundred films' pages it has millions of cells
        return new Read<>(ws -> {
            Matrix m = matrix(ws.corpus(), ws.ending());
            return new Built(m, m.titles(), firstComparison(ws, m));
        }, built -> {
            Matrix m = built.matrix();
            columnTitles = built.titles();
            readyComparison = built.first();
            String keep = focusOn != null ? focusOn : compareQuestion.get() == null ? null : compareQuestion.get().id();
            focusOn = null;
            columns.setAll(m.columns());
            rows.setAll(m.rows());
            silentEverywhere.set(unansweringLine(m));
            QuestionRow pick = rows.stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0));
            if (pick != null && pick.equals(compareQuestion.get())) {
                pickComparison(pick); // same question, fresh answers
            } else {
                compareQuestion.set(pick);
            }
            readyComparison = null; // another pair was picked: it is compared in the background
        });
    }

    private record Built(Matrix matrix, Map<String, String> titles, Compared first) {}

    /** Two answers compared in the background, and which. */
    private record Compared(String questionId, String left, String right, AnswerComparison comparison) {
        boolean of(QuestionRow q, AnswerCell l, AnswerCell r) {
            return questionId.equals(q.id()) && left.equals(l.sourceId()) && right.equals(r.sourceId());
        }
    }

    /**
     * The comparison the matrix usually opens with (the first question's first two answers), made with the matrix
     * so that the frame that shows the matrix shows it too; null when there is none to make.
     */
    private static Compared firstComparison(Workspace ws, Matrix m) throws Exception {
        if (m.rows().isEmpty()) {
            return null;
        }
        QuestionRow q = m.rows().get(0);
        List<AnswerCell> answers = answersOf(q);
        if (answers.size() < 2 || answers.get(0).sourceId().equals(answers.get(1).sourceId())) {
            return null;
        }
        List<AnswerComparison> result = ws.compareAnswers(q.id(), List.of(answers.get(0).sourceId(),
                answers.get(1).sourceId()));
        return result.isEmpty() ? null
                : new Compared(q.id(), answers.get(0).sourceId(), answers.get(1).sourceId(), result.get(0));
    }

    /**
     * @param silent      titles of the sources that answer nothing yet discuss the film (silent on some question)
     * @param notDiscussed titles of the sources that answer nothing and do not discuss the film (quotes pages)
     */
    record Matrix(List<SourceColumn> columns, List<QuestionRow> rows, List<String> silent,
                  List<String> notDiscussed) {
        /** Source id → column title, built with the matrix so that a list cell never scans the columns. */
        Map<String, String> titles() {
            Map<String, String> titles = new HashMap<>(columns.size() * 2);
            columns.forEach(c -> titles.putIfAbsent(c.sourceId(), c.title()));
            return titles;
        }
    }

    /**
     * Columns of the sources that answer most questions first, ties in corpus order (in a corpus of thousands of
     * pages, the first columns are then the sources with most to compare, not the first imported); one cell per
     * column in each row. A cell is silent exactly when the question names its source silent; a source that neither
     * answers nor is silent does not discuss the film.
     */
    static Matrix matrix(Corpus corpus, List<EndingQuestion> questions) {
        Set<String> answering = new LinkedHashSet<>();
        for (EndingQuestion q : questions) {
            for (EndingAnswer a : q.answers()) {
                answering.add(a.sourceId());
            }
        }
        Map<String, Integer> columnOf = new HashMap<>(answering.size() * 2);
        answering.forEach(id -> columnOf.put(id, columnOf.size()));
        int[] answeredBy = new int[columnOf.size()]; // how many questions each source answers
        for (EndingQuestion q : questions) {
            q.answers().stream().map(EndingAnswer::sourceId).distinct().forEach(id -> answeredBy[columnOf.get(id)]++);
        }
        Set<String> everSilent = new HashSet<>();
        boolean[] columnEverSilent = new boolean[answering.size()];
        List<boolean[]> silentByRow = sharedSilent(questions)
                ? silentByCuts(questions, columnOf, everSilent, columnEverSilent)
                : silentById(questions, columnOf, everSilent, columnEverSilent);
        List<SourceColumn> columns = new ArrayList<>();
        int[] placeOf = new int[answering.size()]; // the column of the id that answering numbered so
        List<String> silent = new ArrayList<>();
        List<String> notDiscussed = new ArrayList<>();
        for (Source s : corpus.sources()) {
            String title = Texts.title(s);
            Integer at = answering.remove(s.id()) ? columnOf.get(s.id()) : null;
            if (at != null) {
                placeOf[at] = columns.size();
                columns.add(new SourceColumn(s.id(), title));
            } else if (everSilent.contains(s.id())
                    || columnOf.containsKey(s.id()) && columnEverSilent[columnOf.get(s.id())]) { // an id twice
                silent.add(title);
            } else {
                notDiscussed.add(title);
            }
        }
        for (String unknown : answering) { // answers from a source the corpus lacks: still shown, never dropped
            placeOf[columnOf.get(unknown)] = columns.size();
            columns.add(new SourceColumn(unknown, unknown));
        }
        List<SourceColumn> shared = mostAnswersFirst(columns, placeOf, id -> answeredBy[columnOf.get(id)]);
        List<QuestionRow> rows = new ArrayList<>();
        for (int r = 0; r < questions.size(); r++) {
            EndingQuestion q = questions.get(r);
            AnswerCell[] answers = new AnswerCell[shared.size()];
            for (EndingAnswer a : q.answers()) {
                int at = placeOf[columnOf.get(a.sourceId())];
                if (answers[at] == null) { // the first answer of a source, as before
                    answers[at] = cell(q, a);
                }
            }
            boolean[] silentNumbered = silentByRow.get(r);
            boolean[] silentHere = new boolean[shared.size()];
            for (int i = 0; i < silentNumbered.length; i++) {
                silentHere[placeOf[i]] = silentNumbered[i];
            }
            rows.add(new QuestionRow(q.id(), q.question(), new RowCells(q.id(), shared, answers, silentHere)));
        }
        return new Matrix(shared, rows, silent, notDiscussed);
    }

    /**
     * {@code columns} reordered so that the sources answering most questions come first, ties in corpus order, with
     * {@code placeOf} (a numbered source's column) following them.
     */
    private static List<SourceColumn> mostAnswersFirst(List<SourceColumn> columns, int[] placeOf,
                                                       ToIntFunction<String> answered) {
        List<Integer> order = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> answered.applyAsInt(columns.get(i).sourceId())).reversed());
        int[] movedTo = new int[columns.size()];
        List<SourceColumn> sorted = new ArrayList<>(columns.size());
        for (int k = 0; k < order.size(); k++) {
            movedTo[order.get(k)] = k;
            sorted.add(columns.get(order.get(k)));
        }
        for (int i = 0; i < placeOf.length; i++) {
            placeOf[i] = movedTo[placeOf[i]];
        }
        return List.copyOf(sorted);
    }

    /** Whether every question's silent list leaves places out of one array of discussing sources (as read). */
    private static boolean sharedSilent(List<EndingQuestion> questions) {
        if (questions.isEmpty() || !(questions.get(0).silent() instanceof SilentSources first)) {
            return false;
        }
        return questions.stream().allMatch(q -> q.silent() instanceof SilentSources s && s.sharesDiscussing(first));
    }

    /**
     * Each row's silent columns (numbered as {@code columnOf} numbers them) when the silent lists share their
     * discussing sources: each discussing source is looked up once, and a row is the discussing columns less its
     * few cut places (at 100 MB 8,000 look-ups rather than one for each of 714 questions' 8,000 silent sources).
     */
    private static List<boolean[]> silentByCuts(List<EndingQuestion> questions, Map<String, Integer> columnOf,
                                                Set<String> everSilent, boolean[] columnEverSilent) {
        SilentSources first = (SilentSources) questions.get(0).silent();
        int[] columnAt = new int[first.places()];
        int[] placesOfColumn = new int[columnEverSilent.length]; // more than one when an id is discussing twice
        boolean[] discussingColumns = new boolean[columnEverSilent.length];
        for (int p = 0; p < columnAt.length; p++) {
            Integer at = columnOf.get(first.at(p));
            columnAt[p] = at == null ? -1 : at;
            if (at != null) {
                discussingColumns[at] = true;
                placesOfColumn[at]++;
            }
        }
        int[] timesCut = new int[columnAt.length];
        int[] cutHere = new int[columnEverSilent.length];
        List<boolean[]> rows = new ArrayList<>(questions.size());
        for (EndingQuestion q : questions) {
            boolean[] silentHere = discussingColumns.clone();
            int[] cut = ((SilentSources) q.silent()).cutPlaces();
            for (int p : cut) {
                timesCut[p]++;
                if (columnAt[p] >= 0 && ++cutHere[columnAt[p]] == placesOfColumn[columnAt[p]]) {
                    silentHere[columnAt[p]] = false; // every place of its id cut
                }
            }
            for (int p : cut) {
                if (columnAt[p] >= 0) {
                    cutHere[columnAt[p]] = 0;
                }
            }
            rows.add(silentHere);
        }
        for (int p = 0; p < columnAt.length; p++) {
            if (timesCut[p] < questions.size()) { // silent on some question
                if (columnAt[p] >= 0) {
                    columnEverSilent[columnAt[p]] = true;
                } else {
                    everSilent.add(first.at(p));
                }
            }
        }
        return rows;
    }

    /** Each row's silent columns, any silent list looked up id by id. */
    private static List<boolean[]> silentById(List<EndingQuestion> questions, Map<String, Integer> columnOf,
                                              Set<String> everSilent, boolean[] columnEverSilent) {
        List<boolean[]> rows = new ArrayList<>(questions.size());
        for (EndingQuestion q : questions) {
            boolean[] silentHere = new boolean[columnEverSilent.length];
            for (String id : q.silent()) {
                Integer at = columnOf.get(id);
                if (at != null) {
                    silentHere[at] = true;
                    columnEverSilent[at] = true;
                } else {
                    everSilent.add(id);
                }
            }
            rows.add(silentHere);
        }
        return rows;
    }

    private static AnswerCell cell(EndingQuestion q, EndingAnswer a) {
        return new AnswerCell(q.id(), a.sourceId(), a.passageId(), a.stance() == null ? "neutral" : a.stance().label(),
                Tone.of(a.stance()), Texts.excerpt(a.text(), AnswerCell.EXCERPT_CHARS), a.text(), a.stanceCue());
    }

    /** "Silent on every question: …" and, apart, the sources that do not discuss the film. */
    static String unansweringLine(Matrix m) {
        List<String> parts = new ArrayList<>();
        if (!m.silent().isEmpty()) {
            parts.add("Silent on every question: " + titles(m.silent()));
        }
        if (!m.notDiscussed().isEmpty()) {
            parts.add("Not discussing the film (not counted): " + titles(m.notDiscussed()));
        }
        return String.join(" · ", parts);
    }

    /** The first titles and how many more: a line under the matrix, not a list of a thousand sources. */
    private static String titles(List<String> titles) {
        if (titles.size() <= LISTED_TITLES) {
            return String.join(", ", titles);
        }
        return String.join(", ", titles.subList(0, LISTED_TITLES)) + " and " + (titles.size() - LISTED_TITLES)
                + " more";
    }

    static final int LISTED_TITLES = 10;

    /** A question's answers in the matrix's order: the ones to compare, the first two by default. */
    private static List<AnswerCell> answersOf(QuestionRow q) {
        return q.cells().stream().filter(AnswerCell::isAnswer).toList();
    }

    /** The first two answering sources are compared by default. */
    private void pickComparison(QuestionRow q) {
        List<AnswerCell> answers = q == null ? List.of() : answersOf(q);
        compareChoices.setAll(answers);
        compareLeft.set(answers.isEmpty() ? null : answers.get(0));
        compareRight.set(answers.size() < 2 ? null : answers.get(1));
    }
}
