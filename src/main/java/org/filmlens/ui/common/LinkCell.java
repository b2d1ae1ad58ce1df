package org.filmlens.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A list cell for a {@link Link}: the text, wrapped, and where it comes from underneath. Plain text nodes, not
 * labels: a wrapping label lays its text out again for every size it is asked, and a pane's first showing builds
 * and measures every visible row at once (a label-built cell cost about three times as much).
 */
public final class LinkCell extends ListCell<Link> {
    private final Text text = new Text();
    private final Text detail = new Text();
    private final VBox box = new VBox(2, text, detail);

    public LinkCell(ListView<Link> list) {
        getStyleClass().add("link-cell");
        text.getStyleClass().add("link-text");
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // wrap to the list's width instead of scrolling sideways
        box.maxWidthProperty().bind(list.widthProperty().subtract(32));
        text.wrappingWidthProperty().bind(box.maxWidthProperty());
        detail.wrappingWidthProperty().bind(box.maxWidthProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Link item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item.text());
            detail.setText(item.detail());
            setGraphic(box);
        }
    }
}
