package org.filmlens.ui.ending;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The question × source matrix, drawn virtually: only the cells in view exist as nodes, made as they scroll into
 * view and dropped as they leave it. A corpus of a hundred films' pages has thousands of sources and over a
 * thousand questions: millions of cells, which as real nodes froze the window for minutes. Every row has one
 * height and every column one width, so where a cell goes is arithmetic. The column heads and the question column
 * stay in place while the cells scroll under them.
 */
final class MatrixGrid extends Region {
    static final double QUESTION_WIDTH = 220;
    static final double CELL_WIDTH = EndingView.CELL_WIDTH;
    static final double ROW_HEIGHT = 136;
    static final double HEAD_HEIGHT = 44;
    static final double GAP = 8;
    static final double PAD = 12;

    private final Function<SourceColumn, Node> headOf;
    private final Function<QuestionRow, Node> questionOf;
    private final Function<AnswerCell, Node> cellOf;
    private final Node corner;
    private final Pane heads = clipped();
    private final Pane questions = clipped();
    private final Pane cells = clipped();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Map<Integer, Node> shownHeads = new HashMap<>();
    private final Map<Integer, Node> shownQuestions = new HashMap<>();
    private final Map<Long, Node> shownCells = new HashMap<>();
    private List<SourceColumn> columns = List.of();
    private List<QuestionRow> rows = List.of();

    MatrixGrid(Node corner, Function<SourceColumn, Node> headOf, Function<QuestionRow, Node> questionOf,
               Function<AnswerCell, Node> cellOf) {
        this.corner = corner;
        this.headOf = headOf;
        this.questionOf = questionOf;
        this.cellOf = cellOf;
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.valueProperty().addListener((obs, old, now) -> requestLayout());
        vbar.valueProperty().addListener((obs, old, now) -> requestLayout());
        getChildren().addAll(corner, heads, questions, cells, hbar, vbar);
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
    }

    /** Shows new columns and rows, scrolled back to the top left. */
    void show(List<SourceColumn> newColumns, List<QuestionRow> newRows) {
        columns = List.copyOf(newColumns);
        rows = List.copyOf(newRows);
        for (Map<?, Node> shown : List.of(shownHeads, shownQuestions, shownCells)) {
            shown.clear();
        }
        heads.getChildren().clear();
        questions.getChildren().clear();
        cells.getChildren().clear();
        hbar.setValue(0);
        vbar.setValue(0);
        requestLayout();
    }

    /** Every node now in view (question boxes among them), for a change of state that only restyles them. */
    void forEachShown(Consumer<Node> action) {
        new ArrayList<>(shownQuestions.values()).forEach(action);
        new ArrayList<>(shownCells.values()).forEach(action);
    }

    private void scroll(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        hbar.setValue(clamp(hbar.getValue() - dx, hbar.getMax()));
        vbar.setValue(clamp(vbar.getValue() - dy, vbar.getMax()));
        e.consume();
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    @Override
    protected double computePrefWidth(double height) {
        return PAD * 2 + QUESTION_WIDTH + GAP + Math.min(columns.size(), 3) * (CELL_WIDTH + GAP);
    }

    @Override
    protected double computePrefHeight(double width) {
        return PAD * 2 + HEAD_HEIGHT + GAP + Math.min(rows.size(), 3) * (ROW_HEIGHT + GAP);
    }

    @Override
    protected void layoutChildren() {
        double bar = 12;
        double left = PAD + QUESTION_WIDTH + GAP;
        double top = PAD + HEAD_HEIGHT + GAP;
        double contentWidth = columns.size() * (CELL_WIDTH + GAP);
        double contentHeight = rows.size() * (ROW_HEIGHT + GAP);
        double viewWidth = Math.max(0, getWidth() - left - bar);
        double viewHeight = Math.max(0, getHeight() - top - bar);
        fit(hbar, contentWidth, viewWidth);
        fit(vbar, contentHeight, viewHeight);
        hbar.resizeRelocate(left, getHeight() - bar, viewWidth, bar);
        vbar.resizeRelocate(getWidth() - bar, top, bar, viewHeight);
        corner.resizeRelocate(PAD, PAD, QUESTION_WIDTH, HEAD_HEIGHT);
        heads.resizeRelocate(left, PAD, viewWidth, HEAD_HEIGHT);
        questions.resizeRelocate(PAD, top, QUESTION_WIDTH, viewHeight);
        cells.resizeRelocate(left, top, viewWidth, viewHeight);

        double x = hbar.getValue();
        double y = vbar.getValue();
        int firstColumn = (int) (x / (CELL_WIDTH + GAP));
        int lastColumn = Math.min(columns.size() - 1, (int) ((x + viewWidth) / (CELL_WIDTH + GAP)));
        int firstRow = (int) (y / (ROW_HEIGHT + GAP));
        int lastRow = Math.min(rows.size() - 1, (int) ((y + viewHeight) / (ROW_HEIGHT + GAP)));

        keepOnly(shownHeads, heads, i -> i >= firstColumn && i <= lastColumn);
        keepOnly(shownQuestions, questions, i -> i >= firstRow && i <= lastRow);
        keepOnly(shownCells, cells, key -> {
            int r = (int) (key >> 32);
            int c = (int) (long) key;
            return r >= firstRow && r <= lastRow && c >= firstColumn && c <= lastColumn;
        });
        for (int c = firstColumn; c <= lastColumn; c++) {
            Node head = shown(shownHeads, heads, c, headOf, columns.get(c));
            head.resizeRelocate(c * (CELL_WIDTH + GAP) - x, 0, CELL_WIDTH, HEAD_HEIGHT);
        }
        for (int r = firstRow; r <= lastRow; r++) {
            QuestionRow row = rows.get(r);
            double rowY = r * (ROW_HEIGHT + GAP) - y;
            shown(shownQuestions, questions, r, questionOf, row).resizeRelocate(0, rowY, QUESTION_WIDTH, ROW_HEIGHT);
            for (int c = firstColumn; c <= lastColumn && c < row.cells().size(); c++) {
                Node cell = shown(shownCells, cells, ((long) r << 32) | c, cellOf, row.cells().get(c));
                cell.resizeRelocate(c * (CELL_WIDTH + GAP) - x, rowY, CELL_WIDTH, ROW_HEIGHT);
            }
        }
    }

    private static void fit(ScrollBar bar, double content, double view) {
        bar.setMax(Math.max(0, content - view));
        bar.setVisibleAmount(content <= 0 ? 0 : bar.getMax() * view / Math.max(1, content));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(Math.max(40, view - 40));
        bar.setVisible(content > view);
        if (bar.getValue() > bar.getMax()) {
            bar.setValue(bar.getMax());
        }
    }

    private static <K> void keepOnly(Map<K, Node> shown, Pane pane, java.util.function.Predicate<K> inView) {
        List<Node> gone = new ArrayList<>();
        shown.entrySet().removeIf(e -> {
            if (inView.test(e.getKey())) {
                return false;
            }
            gone.add(e.getValue());
            return true;
        });
        if (!gone.isEmpty()) {
            pane.getChildren().removeAll(gone);
        }
    }

    /** The node shown for {@code key}, made (and styled, so that it never shows unstyled) if it is new. */
    private static <K, T> Node shown(Map<K, Node> shown, Pane pane, K key, Function<T, Node> make, T item) {
        Node node = shown.get(key);
        if (node == null) {
            node = make.apply(item);
            node.setManaged(false); // placed here, not sized by the pane
            shown.put(key, node);
            pane.getChildren().add(node);
            node.applyCss();
        }
        return node;
    }

    private static Pane clipped() {
        Pane pane = new Pane();
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        return pane;
    }
}
