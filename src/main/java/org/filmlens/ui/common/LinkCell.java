package org.filmlens.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** A list cell for a {@link Link}: the text, wrapped, and where it comes from underneath. */
public final class LinkCell extends ListCell<Link> {
    private final Label text = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, text, detail);

    public LinkCell(ListView<Link> list) {
        getStyleClass().add("link-cell");
        text.setWrapText(true);
        text.getStyleClass().add("link-text");
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // wrap to the list's width instead of scrolling sideways
        box.maxWidthProperty().bind(list.widthProperty().subtract(32));
        text.maxWidthProperty().bind(box.maxWidthProperty());
        text.prefWidthProperty().bind(box.maxWidthProperty());
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
