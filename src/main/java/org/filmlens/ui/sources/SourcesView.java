package org.filmlens.ui.sources;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.HoverTip;
import org.filmlens.ui.common.Texts;
import org.kordamp.ikonli.feather.Feather;

/** The source navigator: a tree of kinds and their sources; a click opens a source in the reader. */
public final class SourcesView extends BorderPane {
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());

    public SourcesView(SourcesViewModel vm) {
        getStyleClass().add("sources-view");
        Label heading = new Label("Sources");
        heading.getStyleClass().addAll(Styles.TEXT_BOLD);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.setWrapText(true);
        VBox header = new VBox(2, heading, summary);
        header.setPadding(new Insets(8, 10, 6, 10));
        setTop(header);

        tree.setId("source-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new SourceCell());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected(vm);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(vm);
            }
        });
        EmptyState empty = new EmptyState(Feather.INBOX, "No sources yet", "File › Import adds pages about a film")
                .whileOpening(vm.openingProperty());
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.groups()));
        tree.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(tree, empty));
        vm.groups().addListener((ListChangeListener<SourceGroup>) c -> rebuild(vm));
        rebuild(vm);
    }

    private void openSelected(SourcesViewModel vm) {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof SourceRow row) {
            vm.open(row);
        }
    }

    private void rebuild(SourcesViewModel vm) {
        // one change event for the whole tree; each group makes its source items when first shown (GroupItem)
        List<TreeItem<Object>> groups = new ArrayList<>();
        for (SourceGroup g : vm.groups()) {
            groups.add(new GroupItem(g));
        }
        tree.getRoot().getChildren().setAll(groups);
    }

    /** A kind with its count, or a source with its site and passage count. Nodes are made once per cell. */
    private static final class SourceCell extends TreeCell<Object> {
        private final Label title = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(6, title, count);
        /** A source's title, site and size; made on the first hover. */
        private final HoverTip tip = HoverTip.install(this, this::tipText);

        SourceCell() {
            title.getStyleClass().add("source-title");
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            count.setMinWidth(Control.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            tip.update();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item instanceof SourceGroup g) {
                title.setText(g.kind());
                title.pseudoClassStateChanged(GROUP, true);
                count.setText(Texts.count(g.sources().size()));
            } else if (item instanceof SourceRow s) {
                title.setText(s.title());
                title.pseudoClassStateChanged(GROUP, false);
                count.setText(Texts.count(s.passages()));
            }
            setGraphic(box);
        }

        /** A source's tooltip; a kind has none. */
        private String tipText() {
            if (!isEmpty() && getItem() instanceof SourceRow s) {
                return s.title() + "\n" + (s.site() == null ? "" : s.site() + " · ")
                        + Texts.plural(s.passages(), "passage");
            }
            return null;
        }
    }
}
