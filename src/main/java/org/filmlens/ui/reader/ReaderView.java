package org.filmlens.ui.reader;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.filmlens.ui.common.AnnotatesSelection;
import org.filmlens.ui.common.CompactButtons;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.HasMainControl;
import org.filmlens.ui.common.Location;
import org.filmlens.ui.common.Views;
import org.filmlens.ui.notes.AnnotationDialog;
import org.filmlens.ui.notes.AnnotationDraft;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The source reader: a virtualised list of the source's passages, headings set apart, the followed span
 * highlighted in its passage and scrolled into view.
 */
public final class ReaderView extends BorderPane implements AnnotatesSelection, HasMainControl {
    private final ListView<PassageRow> list = new ListView<>();
    private final ReaderViewModel vm;
    /** A scroll waits for the list's first layout ({@link #scrollOnceLaidOut}). */
    private boolean waitingForSize;

    public ReaderView(ReaderViewModel vm) {
        this.vm = vm;
        getStyleClass().add("reader-view");
        Label title = new Label();
        title.setId("reader-title");
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label details = new Label();
        details.textProperty().bind(vm.detailsProperty());
        details.getStyleClass().add(Styles.TEXT_MUTED);
        Label url = new Label();
        url.textProperty().bind(vm.urlProperty());
        url.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        url.managedProperty().bind(vm.urlProperty().isNotEmpty());
        Button annotate = new Button("Annotate…", new FontIcon(Feather.EDIT_3));
        annotate.setId("reader-annotate");
        annotate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        annotate.setOnAction(e -> annotateSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, spacer, annotate);
        titleRow.setAlignment(Pos.TOP_LEFT);
        CompactButtons.in(titleRow, 480, annotate);
        VBox header = new VBox(4, titleRow, details, url);
        header.setPadding(new Insets(12, 16, 10, 16));
        header.getStyleClass().add("pane-header");
        header.managedProperty().bind(vm.titleProperty().isNotEmpty());
        header.visibleProperty().bind(header.managedProperty());
        setTop(header);

        list.setId("reader-passages");
        list.setItems(vm.passages());
        list.setCellFactory(l -> new PassageCell());
        list.getStyleClass().add("reader-list");
        MenuItem annotateItem = new MenuItem("Annotate…");
        annotateItem.setOnAction(e -> annotateSelected());
        MenuItem copy = new MenuItem("Copy passage");
        copy.setOnAction(e -> {
            PassageRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                ClipboardContent c = new ClipboardContent();
                c.putString(row.text());
                Clipboard.getSystemClipboard().setContent(c);
            }
        });
        list.setContextMenu(new ContextMenu(annotateItem, copy));
        EmptyState empty = new EmptyState(Feather.BOOK_OPEN, "No source open", "");
        empty.detailProperty().bind(vm.emptyHintProperty());
        empty.visibleProperty().bind(Bindings.isEmpty(vm.passages()));
        list.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(list, empty));

        vm.highlightProperty().addListener((obs, old, now) -> list.refresh());
        vm.annotationsShownProperty().addListener((obs, old, now) -> list.refresh());
        vm.scrollRequestsProperty().addListener((obs, old, now) -> scrollToFocus());
        scrollToFocus();
    }

    @Override
    public void annotateSelection() {
        annotateSelected();
    }

    @Override
    public javafx.scene.Node mainControl() {
        return list;
    }

    private void annotateSelected() {
        PassageRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            IndexRange initial = vm.initialSelection(row).map(r -> new IndexRange(r.start(), r.end())).orElse(null);
            AnnotationDialog dialog = new AnnotationDialog(getScene().getWindow(), "Annotate",
                    vm.annotationSubject(row), row.text(), initial, new AnnotationDraft("", List.of(), null));
            dialog.ask().ifPresent(d -> {
                IndexRange words = dialog.passageSelection();
                vm.annotate(row, words.getStart(), words.getEnd(), d);
            });
        }
    }

    private void scrollToFocus() {
        int i = vm.focusIndexProperty().get();
        if (i >= 0 && i < list.getItems().size()) {
            list.getSelectionModel().clearAndSelect(i);
            if (list.getHeight() <= 0) {
                // the reader built just now (its first showing, say from a hit opened with Enter): a list not yet
                // laid out drops the scroll (no skin) or places it against an empty viewport (it showed the
                // source's end); scroll once the list has its size
                scrollOnceLaidOut();
                return;
            }
            list.scrollTo(Math.max(0, i - 1));
            // cells of varying height are measured during layout; scroll again once they have been
            Platform.runLater(() -> {
                if (vm.focusIndexProperty().get() == i) {
                    list.layout();
                    list.scrollTo(Math.max(0, i - 1));
                }
            });
        }
    }

    private void scrollOnceLaidOut() {
        if (waitingForSize) {
            return;
        }
        waitingForSize = true;
        list.heightProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable height) {
                if (list.getHeight() > 0) {
                    list.heightProperty().removeListener(this);
                    // after this layout pass: the flow sizes its viewport before it can place a scroll
                    Platform.runLater(() -> {
                        waitingForSize = false;
                        scrollToFocus();
                    });
                }
            }
        });
    }

    private final class PassageCell extends ListCell<PassageRow> {
        private final AnnotatedFlow text = new AnnotatedFlow();

        PassageCell() {
            setPrefWidth(0);
            TextFlow flow = text.flow();
            flow.getStyleClass().add("passage-text");
            flow.maxWidthProperty().bind(list.widthProperty().subtract(48));
            flow.prefWidthProperty().bind(flow.maxWidthProperty());
            text.maxWidthProperty().bind(flow.maxWidthProperty());
        }

        @Override
        protected void updateItem(PassageRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("heading-passage", "highlighted-passage", "annotated-passage");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Location highlight = vm.highlightProperty().get();
            Views.fill(text.flow(), item.segments(highlight));
            List<TextRange> annotated = vm.annotatedRanges(item);
            text.setRanges(annotated);
            if (item.isHeading()) {
                getStyleClass().add("heading-passage");
            }
            if (highlight != null && highlight.overlaps(item.start(), item.end())) {
                getStyleClass().add("highlighted-passage");
            }
            if (!annotated.isEmpty()) {
                getStyleClass().add("annotated-passage");
            }
            setGraphic(text);
        }
    }
}
