package org.filmlens.ui.notes;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.skin.VirtualFlow;
import org.filmlens.ui.common.CompactButtons;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.HasMainControl;
import org.filmlens.ui.common.HoverTip;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The annotations pane: a filter, the table of notes, and open / edit / delete for the selected one. */
public final class AnnotationsView extends BorderPane implements HasMainControl {
    private final TableView<AnnotationRow> table;

    public AnnotationsView(AnnotationsViewModel vm) {
        getStyleClass().add("annotations-view");
        TextField filter = new TextField();
        filter.setId("annotation-filter");
        filter.setPromptText("Filter by words or tag");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefColumnCount(24);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Button open = new Button("Open", new FontIcon(Feather.BOOK_OPEN));
        Button edit = new Button("Edit…", new FontIcon(Feather.EDIT_2));
        edit.setId("annotation-edit");
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("annotation-delete");
        delete.getStyleClass().add(Styles.DANGER);
        open.disableProperty().bind(vm.selectedProperty().isNull());
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, summary, spacer, open, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        filter.setMinWidth(120);
        CompactButtons.in(bar, 780, open, edit, delete);
        setTop(bar);

        Label notice = new Label();
        notice.textProperty().bind(vm.noticeProperty());
        notice.getStyleClass().add(Styles.WARNING);
        notice.setWrapText(true);
        notice.setPadding(new Insets(4, 12, 6, 12));
        notice.managedProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        setBottom(new VBox(new AnnotationDetail(vm.selectedProperty()), undoOffer(vm), notice));

        // the rows are filtered (a list the table cannot sort in place): a click on a header sorts this view of
        // them, on the FX thread, as a user's annotations are hundreds or a few thousand (the quotes, hundreds of
        // thousands, are sorted in the background instead), by keys made once per row: the table's default, a
        // collator, held the FX thread 110-190 ms per sort or filter over 3,000 annotations
        SortedList<AnnotationRow> sorted = new SortedList<>(vm.annotations());
        table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("annotation-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Where", 200, AnnotationRow.Column.WHERE));
        table.getColumns().add(column("Annotated text", 300, AnnotationRow.Column.EXACT));
        table.getColumns().add(column("Note", 320, AnnotationRow.Column.NOTE));
        table.getColumns().add(column("Tags", 120, AnnotationRow.Column.TAGS));
        table.getColumns().add(column("Stance", 80, AnnotationRow.Column.STANCE));
        table.getColumns().add(column("Modified", 100, AnnotationRow.Column.MODIFIED));
        // a date cut to "2026…" says nothing: the short columns keep their header and a whole date
        table.getColumns().get(4).setMinWidth(70);
        table.getColumns().get(5).setMinWidth(96);
        // while a workspace's annotations are read (thousands take a second), not "none yet"
        table.setPlaceholder(new EmptyState(Feather.EDIT_3, javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then("Reading the annotations…").otherwise("No annotations in this workspace yet"),
                "Select a passage in the source reader (or a quote) and choose Annotate; your notes are listed here")
                .whileOpening(vm.openingProperty()));
        table.setRowFactory(t -> {
            TableRow<AnnotationRow> row = new TableRow<>() {
                @Override
                protected void updateItem(AnnotationRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unplaced"),
                            !empty && item != null && item.unplaced());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        // the row selected again after a reload (an edit saved, an undo) is brought into view if it is not
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                revealSelected(table);
            }
        });
        table.setOnKeyPressed(e -> {
            AnnotationRow row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(row);
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(row);
                e.consume();
            }
        });
        setCenter(table);

        open.setOnAction(e -> vm.open(vm.selectedProperty().get()));
        delete.setOnAction(e -> vm.delete(vm.selectedProperty().get()));
        edit.setOnAction(e -> {
            AnnotationRow row = vm.selectedProperty().get();
            new AnnotationDialog(getScene().getWindow(), "Edit annotation", row.where() + ": " + row.exact(),
                    AnnotationDraft.of(row.annotation())).ask().ifPresent(d -> vm.edit(row, d));
            table.requestFocus();
        });
    }

    @Override
    public Node mainControl() {
        return table;
    }

    /** A column whose cells hold the row itself, shown as its text there and sorted by its key there. */
    private static TableColumn<AnnotationRow, AnnotationRow> column(String title, double width,
                                                                    AnnotationRow.Column shown) {
        TableColumn<AnnotationRow, AnnotationRow> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            // the column cuts long text short: the pointer shows it whole (the words in full, not their excerpt)
            private final HoverTip tip = HoverTip.install(this, () -> {
                AnnotationRow row = getItem();
                String full = isEmpty() || row == null ? null
                        : shown == AnnotationRow.Column.EXACT ? row.words() : row.text(shown);
                return full == null || full.isBlank() ? null : full;
            });

            @Override
            protected void updateItem(AnnotationRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text(shown));
                tip.update();
            }
        });
        c.setComparator(Comparator.comparing(row -> row.sortKey(shown)));
        c.setPrefWidth(width);
        return c;
    }

    /** After a deletion: what went, and the button that brings it back. */
    private static HBox undoOffer(AnnotationsViewModel vm) {
        Label what = new Label();
        what.setId("annotation-deleted");
        what.textProperty().bind(vm.deletedProperty());
        what.setWrapText(true);
        Button undo = new Button("Undo", new FontIcon(Feather.CORNER_UP_LEFT));
        undo.setId("annotation-undo-delete");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> vm.undoDelete());
        HBox offer = new HBox(10, what, undo);
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.getStyleClass().add("undo-offer");
        offer.setPadding(new Insets(6, 12, 6, 12));
        offer.managedProperty().bind(vm.deletedProperty().isNotEmpty());
        offer.visibleProperty().bind(offer.managedProperty());
        return offer;
    }

    /** Scrolls the selected row into view when it is outside it; a row in view stays where it is. */
    private static void revealSelected(TableView<AnnotationRow> table) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null && i > flow.getFirstVisibleCell().getIndex()
                && i < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(i);
    }
}
