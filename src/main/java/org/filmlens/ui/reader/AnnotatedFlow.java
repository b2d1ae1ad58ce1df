package org.filmlens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextFlow;
import org.filmlens.ui.common.HoverTip;

/**
 * A passage's text with its annotated ranges and the selected words painted behind the words, and over them a
 * transparent shape per annotated run that shows the run's notes on hover and opens them on a click. Text nodes
 * have no background, so all of these are drawn from the laid-out flow's own geometry, redone on every layout (the
 * flow rewraps as the list is resized).
 */
final class AnnotatedFlow extends StackPane {
    private final TextFlow flow = new TextFlow();
    private final Path marks = new Path();
    private final Path selected = new Path();
    private final Group runShapes = new Group();
    private List<TextRange> ranges = List.of();
    private TextRange selection;
    /** What a click (or a context-menu request) on an annotated run opens, at the pointer's screen position. */
    private final BiConsumer<AnnotatedRun, Point2D> openRun;

    AnnotatedFlow(BiConsumer<AnnotatedRun, Point2D> openRun) {
        this.openRun = openRun;
        marks.getStyleClass().add("annotated-span");
        selected.getStyleClass().add("reader-selection");
        for (var layer : List.of(marks, selected, runShapes)) {
            layer.setManaged(false);
        }
        marks.setMouseTransparent(true);
        selected.setMouseTransparent(true);
        flow.setCursor(Cursor.TEXT);
        getChildren().addAll(marks, selected, flow, runShapes);
    }

    TextFlow flow() {
        return flow;
    }

    void setRanges(List<TextRange> now) {
        ranges = now;
        requestLayout();
    }

    /** The selected words, or null. */
    void setSelection(TextRange now) {
        selection = now;
        requestLayout();
    }

    void setRuns(List<AnnotatedRun> now) {
        List<Path> shapes = new ArrayList<>(now.size());
        for (AnnotatedRun run : now) {
            shapes.add(runShape(run));
        }
        runShapes.getChildren().setAll(shapes);
        requestLayout();
    }

    /** Where between two characters of the passage a point of the scene falls (a drag's ends). */
    int insertionAt(double sceneX, double sceneY) {
        return hit(sceneX, sceneY).getInsertionIndex();
    }

    /** The character of the passage under a point of the scene (a double click's word). */
    int charAt(double sceneX, double sceneY) {
        return hit(sceneX, sceneY).getCharIndex();
    }

    private HitInfo hit(double sceneX, double sceneY) {
        return flow.hitTest(flow.sceneToLocal(sceneX, sceneY));
    }

    private Path runShape(AnnotatedRun run) {
        Path shape = new Path();
        shape.getStyleClass().add("annotated-run");
        shape.setUserData(run);
        // painted by the marks behind the text; a transparent fill (unlike none) is still picked by the pointer
        shape.setFill(Color.TRANSPARENT);
        shape.setStroke(null);
        shape.setCursor(Cursor.HAND);
        HoverTip.install(shape, run::describe);
        shape.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // a drag that starts on an annotated word selects text; only a click opens the notes
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                openRun.accept(run, new Point2D(e.getScreenX(), e.getScreenY()));
            }
        });
        shape.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            openRun.accept(run, new Point2D(e.getScreenX(), e.getScreenY()));
            e.consume(); // the run's own menu, not the list's
        });
        return shape;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<PathElement> shape = new ArrayList<>();
        for (TextRange r : ranges) {
            shape.addAll(List.of(flow.rangeShape(r.start(), r.end())));
        }
        place(marks, shape);
        place(selected, selection == null ? List.of() : List.of(flow.rangeShape(selection.start(), selection.end())));
        for (var node : runShapes.getChildren()) {
            TextRange r = ((AnnotatedRun) node.getUserData()).range();
            ((Path) node).getElements().setAll(flow.rangeShape(r.start(), r.end()));
        }
        runShapes.setLayoutX(flow.getLayoutX());
        runShapes.setLayoutY(flow.getLayoutY());
    }

    private void place(Path path, List<PathElement> shape) {
        path.getElements().setAll(shape);
        path.relocate(0, 0);
        path.setLayoutX(flow.getLayoutX());
        path.setLayoutY(flow.getLayoutY());
    }
}
