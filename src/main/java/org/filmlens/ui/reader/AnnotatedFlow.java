package org.filmlens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

/**
 * A passage's text with its annotated ranges painted behind the words. Text nodes have no background, so the
 * ranges are drawn as a shape from the laid-out flow's own geometry, redone on every layout (the flow rewraps as
 * the list is resized).
 */
final class AnnotatedFlow extends StackPane {
    private final TextFlow flow = new TextFlow();
    private final Path marks = new Path();
    private List<TextRange> ranges = List.of();

    AnnotatedFlow() {
        marks.getStyleClass().add("annotated-span");
        marks.setManaged(false);
        marks.setMouseTransparent(true);
        getChildren().addAll(marks, flow);
    }

    TextFlow flow() {
        return flow;
    }

    void setRanges(List<TextRange> now) {
        ranges = now;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<PathElement> shape = new ArrayList<>();
        for (TextRange r : ranges) {
            shape.addAll(List.of(flow.rangeShape(r.start(), r.end())));
        }
        marks.getElements().setAll(shape);
        marks.relocate(0, 0);
        marks.setLayoutX(flow.getLayoutX());
        marks.setLayoutY(flow.getLayoutY());
    }
}
