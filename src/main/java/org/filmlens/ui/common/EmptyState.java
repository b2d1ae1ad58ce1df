package org.filmlens.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The friendly message a pane shows instead of an empty table: what is missing and what to do about it. */
public final class EmptyState extends VBox {
    private final Label title = new Label();
    private final Label detail = new Label();

    public EmptyState(Feather icon, String title, String detail) {
        this(icon);
        this.title.setText(title);
        this.detail.setText(detail);
    }

    public EmptyState(Feather icon, ObservableValue<String> title, String detail) {
        this(icon);
        this.title.textProperty().bind(title);
        this.detail.setText(detail);
    }

    /** The detail line, for a message that changes. */
    public StringProperty detailProperty() {
        return detail.textProperty();
    }

    private EmptyState(Feather icon) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        getChildren().addAll(glyph, title, detail);
        setMaxWidth(Double.MAX_VALUE);
    }
}
