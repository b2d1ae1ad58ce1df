package org.filmlens.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Small view-building helpers shared by the panes. */
public final class Views {
    private Views() {}

    /** How many rows a combo box measures for its popup's width (JavaFX's key; it measures every row by default). */
    static final String ROWS_TO_MEASURE_KEY = "comboBoxRowsToMeasureWidth";
    static final int ROWS_TO_MEASURE = 40;

    /**
     * A combo box that stays cheap with thousands of items (a hundred films' sources or characters): by default
     * JavaFX lays out a cell for every item to size the popup, on the FX thread, each time the items change.
     */
    public static <T> ComboBox<T> comboBox(ObservableList<T> items) {
        ComboBox<T> box = new ComboBox<>(items);
        box.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_TO_MEASURE);
        return box;
    }

    /**
     * Opens a list's item on a single click or on Enter. Selection alone (arrow keys) does not open, so the
     * keyboard can walk a list without the reader jumping at every step.
     */
    public static <T> void openOnClickOrEnter(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node target
                    && !isPlaceholder(list, target)) {
                T item = list.getSelectionModel().getSelectedItem();
                if (item != null) {
                    open.accept(item);
                }
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                T item = list.getSelectionModel().getSelectedItem();
                if (item != null) {
                    open.accept(item);
                    e.consume();
                }
            }
        });
    }

    private static boolean isPlaceholder(ListView<?> list, Node target) {
        for (Node n = target; n != null && n != list; n = n.getParent()) {
            if (n == list.getPlaceholder()) {
                return true;
            }
        }
        return false;
    }

    /** Renders runs of text, the marked ones highlighted (bold, accent colour). */
    public static TextFlow flow(List<MarkedText.Segment> segments, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        fill(flow, segments);
        return flow;
    }

    /** Replaces a flow's text with these runs (cells reuse their flow rather than build a new one). */
    public static void fill(TextFlow flow, List<MarkedText.Segment> segments) {
        Text[] texts = new Text[segments.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = new Text(segments.get(i).text());
            texts[i].getStyleClass().add(segments.get(i).marked() ? "marked" : "plain");
        }
        flow.getChildren().setAll(texts);
    }
}
