package org.filmlens.ui.reader;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.filmlens.corpus.Annotation;
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
 * highlighted in its passage and scrolled into view. Words are selected in the text by dragging, a double click or
 * Shift+arrows, within one passage and widened to whole words; Annotate… annotates them, and an annotated run shows
 * its notes on hover and offers them to edit on a click.
 */
public final class ReaderView extends BorderPane implements AnnotatesSelection, HasMainControl {
    private final ListView<PassageRow> list = new ListView<>();
    private final ReaderViewModel vm;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** The notes of the annotated run last clicked; one menu, so a second click replaces rather than stacks it. */
    private final ContextMenu runMenu = new ContextMenu();
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
        annotate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .and(vm.textSelectionProperty().isNull()));
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
        MenuItem copyWords = new MenuItem("Copy selected words");
        copyWords.setOnAction(e -> copy(vm.textSelectionProperty().get().text()));
        copyWords.disableProperty().bind(vm.textSelectionProperty().isNull());
        MenuItem copy = new MenuItem("Copy passage");
        copy.setOnAction(e -> {
            PassageRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                copy(row.text());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::selectWithKeys);
        list.setContextMenu(new ContextMenu(annotateItem, copyWords, copy));
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

    /** The words selected in the text when there are some, else the selected passage (words picked in the dialog). */
    private void annotateSelected() {
        ReaderSelection words = vm.textSelectionProperty().get();
        if (words != null) {
            new AnnotationDialog(getScene().getWindow(), "Annotate", vm.selectionSubject(words),
                    new AnnotationDraft("", List.of(), null)).ask().ifPresent(vm::annotateTextSelection);
            return;
        }
        PassageRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            IndexRange initial = vm.initialSelection(row).map(r -> new IndexRange(r.start(), r.end())).orElse(null);
            AnnotationDialog dialog = new AnnotationDialog(getScene().getWindow(), "Annotate",
                    vm.annotationSubject(row), row.text(), initial, new AnnotationDraft("", List.of(), null));
            dialog.ask().ifPresent(d -> {
                IndexRange picked = dialog.passageSelection();
                vm.annotate(row, picked.getStart(), picked.getEnd(), d);
            });
        }
    }

    /**
     * The keyboard's text selection in the selected passage: Shift+Right and Shift+Left take in a word more or less,
     * Escape lets it go, Shortcut+C copies it.
     */
    private void selectWithKeys(KeyEvent e) {
        PassageRow row = list.getSelectionModel().getSelectedItem();
        if (row != null && e.isShiftDown() && !e.isShortcutDown()
                && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
            vm.extendTextSelection(row, e.getCode() == KeyCode.RIGHT);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && vm.textSelectionProperty().get() != null) {
            vm.clearTextSelection();
            e.consume();
        } else if (COPY.match(e) && vm.textSelectionProperty().get() != null) {
            copy(vm.textSelectionProperty().get().text());
            e.consume();
        }
    }

    private static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** A click on an annotated run: its notes, each to edit or delete (the pane's Annotate… adds another). */
    private void openRun(AnnotatedRun run, Point2D at) {
        runMenu.getItems().clear();
        for (Annotation a : run.annotations()) {
            String name = "\u201c" + shortName(a) + "\u201d";
            MenuItem edit = new MenuItem("Edit " + name + "\u2026", new FontIcon(Feather.EDIT_2));
            edit.setOnAction(e -> new AnnotationDialog(getScene().getWindow(), "Edit annotation",
                    a.target().exact() == null ? vm.titleProperty().get() : a.target().exact(),
                    AnnotationDraft.of(a)).ask().ifPresent(d -> vm.editAnnotation(a, d)));
            MenuItem delete = new MenuItem("Delete " + name, new FontIcon(Feather.TRASH_2));
            delete.setOnAction(e -> vm.deleteAnnotation(a));
            runMenu.getItems().addAll(edit, delete);
        }
        runMenu.show(this, at.getX(), at.getY());
    }

    /** An annotation as a menu names it: its note's start, else its tags, else its words. */
    private static String shortName(Annotation a) {
        String name = !a.note().isEmpty() ? a.note() : !a.tags().isEmpty() ? String.join(", ", a.tags())
                : a.target().exact() == null ? "annotation" : a.target().exact();
        return name.length() > 40 ? name.substring(0, 39).strip() + "\u2026" : name;
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
        private final AnnotatedFlow text = new AnnotatedFlow(ReaderView.this::openRun);
        /** Where the primary button went down, in the passage's text: the selection's fixed end while it drags. */
        private int anchor;
        private final ChangeListener<ReaderSelection> selectionShown = (obs, old, now) -> showSelection();

        PassageCell() {
            setPrefWidth(0);
            TextFlow flow = text.flow();
            flow.getStyleClass().add("passage-text");
            flow.maxWidthProperty().bind(list.widthProperty().subtract(48));
            flow.prefWidthProperty().bind(flow.maxWidthProperty());
            text.maxWidthProperty().bind(flow.maxWidthProperty());
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                // the press's cell gets the whole drag, so a selection stays inside its passage
                if (e.isPrimaryButtonDown() && getItem() != null) {
                    vm.selectText(getItem(), anchor, text.insertionAt(e.getSceneX(), e.getSceneY()));
                }
            });
            // weakly: list.refresh() (a new highlight, an annotation) throws its cells away for new ones
            vm.textSelectionProperty().addListener(new WeakChangeListener<>(selectionShown));
        }

        private void pressed(MouseEvent e) {
            PassageRow item = getItem();
            if (e.getButton() != MouseButton.PRIMARY || item == null) {
                return; // a right click keeps the selection for its menu's Annotate…
            }
            anchor = text.insertionAt(e.getSceneX(), e.getSceneY());
            if (e.getClickCount() == 2) {
                int at = text.charAt(e.getSceneX(), e.getSceneY());
                vm.selectText(item, at, at + 1);
            } else {
                vm.selectText(item, anchor, anchor);
            }
        }

        private void showSelection() {
            PassageRow item = getItem();
            text.setSelection(item == null ? null : vm.selectedWords(item).orElse(null));
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
            text.setRuns(vm.annotatedRuns(item));
            showSelection();
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
