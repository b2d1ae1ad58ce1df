package org.filmlens.ui.search;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.ListOnOpenSkin;
import org.filmlens.ui.common.MarkedText;
import org.filmlens.ui.common.Views;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Search: the field and its filters (placed in the window's toolbar) and the hits (in the sidebar). Each hit shows
 * its source and its highlighted fragments; a click or Enter opens the passage in the reader.
 */
public final class SearchView {
    private final TextField field = new TextField();
    private final HBox bar;
    private final BorderPane results = new BorderPane();
    private final ListView<SearchHitRow> hits = new ListView<>();

    public SearchView(SearchViewModel vm) {
        field.setId("search-field");
        field.setPromptText("Search passages   (Ctrl+F)");
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setPrefColumnCount(28);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            } else if (e.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.search();
            }
        });
        FontIcon glass = new FontIcon(Feather.SEARCH);
        ComboBox<Choice> source = combo(vm.sourceChoices(), "search-source");
        source.valueProperty().bindBidirectional(vm.sourceFilterProperty());
        ComboBox<Choice> speaker = combo(vm.speakerChoices(), "search-speaker");
        speaker.valueProperty().bindBidirectional(vm.speakerFilterProperty());
        bar = new HBox(6, glass, field, source, speaker);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        hits.setId("search-hits");
        hits.setItems(vm.hits());
        hits.setCellFactory(l -> new HitCell(l));
        Views.openOnClickOrEnter(hits, vm::open);
        hits.setPlaceholder(new EmptyState(Feather.SEARCH, vm.statusProperty(),
                "Words, \"a phrase\", -exclude, OR").whileOpening(vm.openingProperty()));
        Label heading = new Label("Search results");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.setId("search-status");
        VBox header = new VBox(2, heading, status);
        header.setPadding(new Insets(8, 10, 6, 10));
        results.setTop(header);
        results.setCenter(hits);
    }

    private static ComboBox<Choice> combo(javafx.collections.ObservableList<Choice> items, String id) {
        // a set width: its popup list joins the window when first opened, not in the window's first frame
        ComboBox<Choice> box = ListOnOpenSkin.install(Views.comboBox(items));
        box.setId(id);
        box.setPrefWidth(170);
        return box;
    }

    public TextField field() {
        return field;
    }

    /** The field and the filters, for the window's toolbar. */
    public HBox bar() {
        return bar;
    }

    /** The hit list with its status line, for the sidebar. */
    public BorderPane results() {
        return results;
    }

    private static final class HitCell extends ListCell<SearchHitRow> {
        private final ListView<SearchHitRow> list;

        HitCell(ListView<SearchHitRow> list) {
            this.list = list;
            getStyleClass().add("hit-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHitRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label source = new Label(item.sourceTitle());
            source.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(3, source);
            for (java.util.List<MarkedText.Segment> fragment : item.fragments()) {
                TextFlow flow = Views.flow(fragment, "hit-fragment");
                flow.maxWidthProperty().bind(list.widthProperty().subtract(34));
                flow.prefWidthProperty().bind(flow.maxWidthProperty());
                box.getChildren().add(flow);
            }
            setGraphic(box);
        }
    }
}
