package org.filmlens.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
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
    /** What the message says once a workspace is shown. */
    private final StringProperty shownTitle = new SimpleStringProperty("");
    private final StringProperty shownDetail = new SimpleStringProperty("");
    private final BooleanProperty opening = new SimpleBooleanProperty();

    public EmptyState(Feather icon, String title, String detail) {
        this(icon);
        shownTitle.set(title);
        shownDetail.set(detail);
    }

    public EmptyState(Feather icon, ObservableValue<String> title, String detail) {
        this(icon);
        shownTitle.bind(title);
        shownDetail.set(detail);
    }

    /** The detail line, for a message that changes. */
    public StringProperty detailProperty() {
        return shownDetail;
    }

    /**
     * While {@code opening}, says that the workspace is being opened: a pane of a workspace not yet read is not
     * empty, and its hint ("File › Import adds pages") would send the user the wrong way.
     */
    public EmptyState whileOpening(ObservableBooleanValue opening) {
        this.opening.bind(opening);
        return this;
    }

    private EmptyState(Feather icon) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.when(opening).then(WorkspaceSession.OPENING).otherwise(shownTitle));
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        detail.textProperty().bind(Bindings.when(opening).then("").otherwise(shownDetail));
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        getChildren().addAll(glyph, title, detail);
        setMaxWidth(Double.MAX_VALUE);
    }
}
