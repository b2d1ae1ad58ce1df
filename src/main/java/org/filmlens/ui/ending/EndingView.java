package org.filmlens.ui.ending;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.filmlens.ui.common.AnnotatesSelection;
import org.filmlens.ui.common.CompactButtons;
import org.filmlens.ui.common.HasMainControl;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.HoverTip;
import org.filmlens.ui.common.ListOnOpenSkin;
import org.filmlens.ui.notes.AnnotationDialog;
import org.filmlens.ui.notes.AnnotationDraft;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.filmlens.ui.common.Views;

/**
 * Ending explanations: the matrix (rows questions, columns sources, each cell a stance and an excerpt, a click
 * opens the passage) above, and two answers to one question side by side below.
 */
public final class EndingView extends BorderPane implements AnnotatesSelection, HasMainControl {
    static final double CELL_WIDTH = 250;
    private static final javafx.css.PseudoClass COMPARED = javafx.css.PseudoClass.getPseudoClass("compared");
    private final EndingViewModel vm;
    private final MatrixGrid grid;
    private final BorderPane compare = new BorderPane();

    public EndingView(EndingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("ending-view");
        Label corner = new Label("Question");
        corner.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        grid = new MatrixGrid(corner, EndingView::columnHead, this::questionLabel, this::cell);
        grid.setId("ending-matrix");
        grid.getStyleClass().add("ending-matrix");
        Label silent = new Label();
        silent.textProperty().bind(vm.silentEverywhereProperty());
        silent.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        silent.setWrapText(true);
        silent.setPadding(new Insets(4, 12, 6, 12));
        silent.managedProperty().bind(vm.silentEverywhereProperty().isNotEmpty());
        Button add = new Button("Add question…", new FontIcon(Feather.PLUS));
        add.setId("ending-add");
        add.setOnAction(e -> askNewQuestion());
        add.disableProperty().bind(vm.editingProperty().isNotEmpty());
        Button rename = new Button("Rename…", new FontIcon(Feather.EDIT_2));
        rename.setId("ending-rename");
        rename.disableProperty().bind(vm.compareQuestionProperty().isNull().or(vm.editingProperty().isNotEmpty()));
        rename.setOnAction(e -> askRename(vm.compareQuestionProperty().get()));
        Button annotate = new Button("Annotate…", new FontIcon(Feather.EDIT_3));
        annotate.setId("ending-annotate");
        annotate.disableProperty().bind(vm.compareQuestionProperty().isNull());
        annotate.setOnAction(e -> annotateQuestion(vm.compareQuestionProperty().get()));
        HoverTip.install(annotate, "Annotate the question compared below (right-click an answer to annotate it)");
        Label hint = new Label();
        hint.setId("ending-hint");
        hint.textProperty().bind(Bindings.when(vm.editingProperty().isEmpty())
                .then("Click a question to compare its answers; click an answer to read it in its source")
                .otherwise(vm.editingProperty()));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, hint, spacer, annotate, add, rename);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(8, 12, 0, 12));
        hint.setMinWidth(0);
        CompactButtons.in(tools, 860, annotate, add, rename);
        BorderPane matrix = new BorderPane(grid);
        matrix.setTop(tools);
        matrix.setBottom(silent);
        Button addFirst = new Button("Add a question…", new FontIcon(Feather.PLUS));
        addFirst.setOnAction(e -> askNewQuestion());
        addFirst.disableProperty().bind(vm.loadingProperty().or(vm.editingProperty().isNotEmpty()));
        EmptyState empty = new EmptyState(Feather.HELP_CIRCLE, "No ending explanations in this workspace yet",
                "Questions about the ending appear when imported articles explain it")
                .whileOpening(vm.openingProperty());
        addFirst.visibleProperty().bind(vm.openingProperty().not());
        addFirst.managedProperty().bind(addFirst.visibleProperty());
        empty.getChildren().add(addFirst);
        buildCompare();
        SplitPane split = new SplitPane(matrix, compare);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(split, empty));

        vm.rows().addListener((ListChangeListener<QuestionRow>) c -> rebuild());
        vm.compareQuestionProperty().addListener((obs, old, now) -> markComparedQuestion());
        rebuild();
    }

    /** The first question of the matrix, from which the arrow and tab keys move on to its answers. */
    @Override
    public javafx.scene.Node mainControl() {
        return grid.lookup(".matrix-question");
    }

    /** The question being compared is outlined in the matrix; only the style classes change. */
    private void markComparedQuestion() {
        grid.forEachShown(this::markCompared);
    }

    private void markCompared(javafx.scene.Node n) {
        if (n.getUserData() instanceof QuestionRow row) {
            QuestionRow compared = vm.compareQuestionProperty().get();
            n.pseudoClassStateChanged(COMPARED, compared != null && compared.id().equals(row.id()));
        }
    }

    private void rebuild() {
        grid.show(vm.columns(), vm.rows());
    }

    private static Label columnHead(SourceColumn column) {
        Label head = new Label(column.title());
        head.getStyleClass().addAll(Styles.TEXT_BOLD, "matrix-head");
        head.setWrapText(true);
        HoverTip.install(head, column.title());
        return head;
    }

    private VBox questionLabel(QuestionRow row) {
        Label q = new Label(row.question());
        q.setWrapText(true);
        q.getStyleClass().add(Styles.TEXT_BOLD);
        Label count = new Label(row.answeredCaption());
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(4, q, count);
        box.getStyleClass().add("matrix-question");
        box.setUserData(row);
        markCompared(box);
        box.setCursor(Cursor.HAND);
        box.setFocusTraversable(true);
        box.setOnMouseClicked(e -> {
            vm.compareQuestionProperty().set(row);
            if (e.getClickCount() == 2) {
                askRename(row);
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.compareQuestionProperty().set(row);
            } else if (e.getCode() == KeyCode.F2) {
                askRename(row);
            }
        });
        // made when asked for: a matrix row's label is made for every question scrolled into view
        box.setOnContextMenuRequested(e -> menu(item("Annotate question…", () -> annotateQuestion(row)),
                item("Rename…", () -> askRename(row))).show(box, e.getScreenX(), e.getScreenY()));
        HoverTip.install(box, "Compare the answers below · double-click or F2 to rename");
        return box;
    }

    private VBox cell(AnswerCell cell) {
        VBox box = new VBox(4, stanceChip(cell));
        box.getStyleClass().addAll("matrix-cell", cell.isAnswer() ? "answer-cell"
                : cell.isSilent() ? "silent-cell" : "absent-cell");
        if (cell.isNotDiscussed()) {
            HoverTip.install(box, "This source does not discuss the film (not counted)");
        }
        if (cell.isAnswer()) {
            Label excerpt = new Label(cell.excerpt());
            excerpt.setWrapText(true);
            box.getChildren().add(excerpt);
            box.setUserData(cell);
            box.setCursor(Cursor.HAND);
            box.setFocusTraversable(true);
            box.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    vm.open(cell);
                }
            });
            box.setOnContextMenuRequested(e -> menu(item("Annotate this answer…", () -> annotateAnswer(cell)),
                    item("Open in the reader", () -> vm.open(cell))).show(box, e.getScreenX(), e.getScreenY()));
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    vm.open(cell);
                }
            });
            HoverTip.install(box, "Open this passage in the reader");
        }
        return box;
    }

    /**
     * Annotates what has the keyboard focus in the matrix, an answer or a question, else the question compared
     * below (Edit › Annotate… and its shortcut).
     */
    @Override
    public void annotateSelection() {
        javafx.scene.Node focused = getScene() == null ? null : getScene().getFocusOwner();
        for (javafx.scene.Node n = focused; n != null && n != this; n = n.getParent()) {
            if (n.getUserData() instanceof AnswerCell cell) {
                annotateAnswer(cell);
                return;
            }
            if (n.getUserData() instanceof QuestionRow row) {
                annotateQuestion(row);
                return;
            }
        }
        annotateQuestion(vm.compareQuestionProperty().get());
    }

    private void annotateQuestion(QuestionRow row) {
        if (row != null) {
            new AnnotationDialog(getScene().getWindow(), "Annotate question", "Ending: " + row.question(),
                    new AnnotationDraft("", List.of(), null)).ask().ifPresent(d -> vm.annotateQuestion(row, d));
        }
    }

    /** An answer is a passage of its source: the dialog shows it, for the words the note is about to be selected. */
    private void annotateAnswer(AnswerCell cell) {
        vm.answerPassage(cell).ifPresent(passage -> {
            String question = vm.rows().stream().filter(r -> r.id().equals(cell.questionId())).findFirst()
                    .map(QuestionRow::question).orElse(cell.questionId());
            AnnotationDialog dialog = new AnnotationDialog(getScene().getWindow(), "Annotate answer",
                    sourceLabel(cell) + " · answers “" + question + "” · select words below to annotate only them",
                    passage.text(), null, new AnnotationDraft("", List.of(), null));
            dialog.ask().ifPresent(d -> {
                IndexRange words = dialog.passageSelection();
                vm.annotateAnswer(cell, words.getStart(), words.getEnd(), d);
            });
        });
    }

    private static ContextMenu menu(MenuItem... items) {
        return new ContextMenu(items);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The stance as a chip, with the words that decided it ("hopeful · sunrise") and those words as a tooltip. */
    private static Label stanceChip(AnswerCell cell) {
        Label stance = new Label(cell.isNotDiscussed() ? "—  " + cell.stance() : cell.stanceCaption());
        stance.getStyleClass().addAll("stance", "stance-" + cell.tone().name().toLowerCase(java.util.Locale.ROOT));
        stance.setMaxWidth(CELL_WIDTH - 20);
        if (cell.stanceCue() != null) {
            HoverTip.install(stance, stanceTip(cell));
        }
        return stance;
    }

    /** The words that decided a stance, or null when none did. */
    private static String stanceTip(AnswerCell cell) {
        return cell.stanceCue() == null ? null : "Read as " + cell.stance() + " from: " + cell.stanceCue();
    }

    private void buildCompare() {
        Label heading = new Label("Compare answers");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<QuestionRow> question = Views.comboBox(vm.rows());
        question.setId("compare-question");
        question.valueProperty().bindBidirectional(vm.compareQuestionProperty());
        showAs(question, QuestionRow::question);
        question.setMaxWidth(520);
        HBox bar = new HBox(8, heading, question);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        compare.setTop(bar);
        HBox sides = new HBox(12, side(vm.compareLeftProperty(), vm.leftWords()),
                side(vm.compareRightProperty(), vm.rightWords()));
        sides.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        Label shared = new Label();
        shared.setId("compare-shared");
        shared.textProperty().bind(vm.sharedWordsProperty());
        shared.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        shared.setWrapText(true);
        Label legend = new Label("Wording both answers share is highlighted (common words alone are not)");
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox body = new VBox(6, sides, legend, shared);
        body.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        compare.setCenter(scroll);
    }

    private VBox side(javafx.beans.property.ObjectProperty<AnswerCell> answer,
                      javafx.collections.ObservableList<org.filmlens.ui.common.MarkedText.Segment> words) {
        // filled to its side's width: its popup list joins the window when first opened
        ComboBox<AnswerCell> pick = Views.comboBox(vm.compareChoices());
        showAs(pick, this::sourceLabel);
        ListOnOpenSkin.install(pick);
        pick.valueProperty().bindBidirectional(answer);
        pick.setMaxWidth(Double.MAX_VALUE);
        Label stance = new Label();
        HoverTip stanceHover = HoverTip.install(stance, () -> answer.get() == null ? null : stanceTip(answer.get()));
        TextFlow text = new TextFlow();
        text.getStyleClass().add("compare-text");
        Runnable show = () -> {
            AnswerCell a = answer.get();
            stance.getStyleClass().removeIf(s -> s.startsWith("stance"));
            stance.setText(a == null ? "" : a.stanceCaption());
            stanceHover.update();
            if (a != null) {
                stance.getStyleClass().addAll("stance", "stance-" + a.tone().name().toLowerCase(java.util.Locale.ROOT));
            }
        };
        answer.addListener((obs, old, now) -> show.run());
        show.run();
        Runnable fill = () -> {
            Text[] runs = new Text[words.size()];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = new Text(words.get(i).text());
                runs[i].getStyleClass().add(words.get(i).marked() ? "shared" : "plain");
            }
            text.getChildren().setAll(runs);
        };
        words.addListener((javafx.collections.ListChangeListener<org.filmlens.ui.common.MarkedText.Segment>) c -> fill.run());
        fill.run();
        VBox box = new VBox(6, pick, stance, text);
        box.getStyleClass().add("compare-side");
        box.setPrefWidth(300);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void askNewQuestion() {
        TextInputDialog d = questionDialog("Add a question", "");
        vm.prepareEdit();
        d.showAndWait().ifPresent(vm::addQuestion);
    }

    private void askRename(QuestionRow row) {
        if (row == null || !vm.editingProperty().get().isEmpty()) {
            return;
        }
        TextInputDialog d = questionDialog("Rename the question", row.question());
        vm.prepareEdit();
        d.showAndWait().ifPresent(text -> vm.renameQuestion(row, text));
    }

    private TextInputDialog questionDialog(String title, String wording) {
        TextInputDialog d = new TextInputDialog(wording);
        d.initOwner(getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText("Question:");
        d.getEditor().setPrefColumnCount(36);
        // the dialog's label wraps, and the wide field beside it squeezed it to a few letters a line
        if (d.getDialogPane().getContent() instanceof Parent content) {
            content.getChildrenUnmodifiable().stream().filter(Label.class::isInstance)
                    .forEach(label -> ((Label) label).setMinWidth(Region.USE_PREF_SIZE));
        }
        return d;
    }

    private String sourceLabel(AnswerCell a) {
        return vm.sourceTitle(a.sourceId());
    }

    /** A ComboBox cell that shows one text of its item. */
    /**
     * Shows a combo box's items, its chosen one and its own text for its value by {@code label}, set before its skin.
     * Not the records' generated toString, which the skin asks for at each new value: its first call is linked
     * through invokedynamic on the FX thread, and a question row's writes out every cell of the row (at 100 MB 1,427
     * answers with their text: 172 ms of the FX thread's work once the ending of an import was shown).
     */
    private static <T> void showAs(ComboBox<T> box, java.util.function.Function<T, String> label) {
        box.setCellFactory(l -> new TextCell<>(label));
        box.setButtonCell(new TextCell<>(label));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null; // not editable
            }
        });
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> label;

        TextCell(java.util.function.Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }
}
