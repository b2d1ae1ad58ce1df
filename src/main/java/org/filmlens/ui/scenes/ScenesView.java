package org.filmlens.ui.scenes;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.filmlens.ui.common.AnnotatesSelection;
import org.filmlens.ui.common.HasMainControl;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.FirstRowFirst;
import org.filmlens.ui.common.Link;
import org.filmlens.ui.common.LinkCell;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.Views;
import org.filmlens.ui.notes.AnnotationDialog;
import org.filmlens.ui.notes.AnnotationDraft;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Scenes: the ordered list on the left; the selected scene's quotes and passages on the right. */
public final class ScenesView extends BorderPane implements AnnotatesSelection, HasMainControl {
    private final ScenesViewModel vm;
    private final ListView<SceneRow> list = new ListView<>();

    public ScenesView(ScenesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("scenes-view");
        FirstRowFirst.show(list, vm.scenes(), vm.selectedProperty()::get);
        list.setId("scene-list");
        list.setCellFactory(l -> new SceneCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        if (vm.selectedProperty().get() != null) {
            list.getSelectionModel().select(vm.selectedProperty().get());
        }

        MenuItem annotateItem = new MenuItem("Annotate scene…", new FontIcon(Feather.EDIT_3));
        annotateItem.setOnAction(e -> annotateSelection());
        list.setContextMenu(new ContextMenu(annotateItem));

        ListView<Link> quotes = links(vm, vm.quotes(), "scene-quotes", "No quotes linked to this scene");
        ListView<Link> passages = links(vm, vm.passages(), "scene-passages", "No passages linked to this scene");
        Button annotate = new Button("Annotate…", new FontIcon(Feather.EDIT_3));
        annotate.setId("scene-annotate");
        annotate.disableProperty().bind(vm.selectedProperty().isNull());
        annotate.setOnAction(e -> annotateSelection());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading("Lines in this scene"), spacer, annotate);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 12, 0, 0));
        VBox right = new VBox(6, top, quotes, heading("What the sources say about it"), passages);
        right.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(quotes, Priority.ALWAYS);
        VBox.setVgrow(passages, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        EmptyState empty = new EmptyState(Feather.FILM, "No scenes found in this workspace yet",
                "Scenes appear once imported pages describe the film's story")
                .whileOpening(vm.openingProperty());
        empty.visibleProperty().bind(Bindings.isEmpty(vm.scenes()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(split, empty));
    }

    @Override
    public javafx.scene.Node mainControl() {
        return list;
    }

    /** Asks for a note on the selected scene (the button, the list's menu and Edit › Annotate…). */
    @Override
    public void annotateSelection() {
        SceneRow scene = vm.selectedProperty().get();
        if (scene != null) {
            new AnnotationDialog(getScene().getWindow(), "Annotate scene", "Scene " + scene.order() + ": "
                    + scene.title(), new AnnotationDraft("", List.of(), null)).ask().ifPresent(vm::annotate);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setPadding(new Insets(0, 12, 0, 12));
        return l;
    }

    private static ListView<Link> links(ScenesViewModel vm, javafx.collections.ObservableList<Link> items, String id,
                                        String emptyText) {
        ListView<Link> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(LinkCell::new);
        Label empty = new Label(emptyText);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        Views.openOnClickOrEnter(list, vm::open);
        return list;
    }

    /**
     * A scene's title and who is in it, as plain text nodes made once per cell (see {@link LinkCell} for why):
     * only their text changes from row to row.
     */
    private static final class SceneCell extends ListCell<SceneRow> {
        private final Text title = new Text();
        private final Text detail = new Text();
        private final VBox box = new VBox(2, title, detail);

        SceneCell() {
            setPrefWidth(0);
            title.getStyleClass().addAll("link-text", Styles.TEXT_BOLD);
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.maxWidthProperty().bind(widthProperty().subtract(24));
            title.wrappingWidthProperty().bind(box.maxWidthProperty());
            detail.wrappingWidthProperty().bind(box.maxWidthProperty());
        }

        @Override
        protected void updateItem(SceneRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.order() + ". " + item.title());
            String who = item.characters().isEmpty() ? "" : item.characters() + " · ";
            detail.setText(who + Texts.plural(item.quotes(), "line") + " · " + Texts.plural(item.passages(), "passage"));
            setGraphic(box);
        }
    }
}
