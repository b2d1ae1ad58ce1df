package org.filmlens.ui.quotebrowser;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.filmlens.ui.common.AnnotatesSelection;
import org.filmlens.ui.common.CompactButtons;
import org.filmlens.ui.common.HasMainControl;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.NextPulse;
import org.filmlens.ui.common.Views;
import org.filmlens.ui.notes.AnnotationDialog;
import org.filmlens.ui.notes.AnnotationDraft;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The quote browser: filters, the table of canonical quotes, and the selected quote's occurrences. */
public final class QuotesView extends BorderPane implements AnnotatesSelection, HasMainControl {
    private final QuotesViewModel vm;
    private final TableView<QuoteRow> table;

    public QuotesView(QuotesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("quotes-view");
        ComboBox<Choice> speaker = Views.comboBox(vm.speakerChoices());
        speaker.setId("quote-speaker");
        speaker.valueProperty().bindBidirectional(vm.speakerFilterProperty());
        TextField words = new TextField();
        words.setId("quote-filter");
        words.setPromptText("Filter by words");
        words.textProperty().bindBidirectional(vm.textFilterProperty());
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(360);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Button copy = new Button("Copy with citation", new FontIcon(Feather.COPY));
        copy.setId("copy-citation");
        copy.disableProperty().bind(vm.selectedProperty().isNull());
        copy.setOnAction(e -> copyCitation(vm));
        Button annotate = new Button("Annotate…", new FontIcon(Feather.EDIT_3));
        annotate.setId("quote-annotate");
        annotate.disableProperty().bind(vm.selectedProperty().isNull());
        annotate.setOnAction(e -> annotateSelection());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, speaker, words, summary, spacer, annotate, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        words.setMinWidth(100);
        CompactButtons.in(bar, 760, annotate, copy);

        table = new TableView<>(vm.quotes());
        table.setId("quote-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<QuoteRow, Number> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sources()));
        sources.setPrefWidth(80);
        sources.setMaxWidth(100);
        sources.getStyleClass().add("number-column");
        TableColumn<QuoteRow, String> speakerCol = new TableColumn<>("Speaker");
        speakerCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().speaker()));
        speakerCol.setPrefWidth(140);
        speakerCol.setMaxWidth(220);
        TableColumn<QuoteRow, String> text = new TableColumn<>("Quote");
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        text.setPrefWidth(600);
        text.setCellFactory(c -> new WrappingCell());
        table.getColumns().add(sources);
        table.getColumns().add(speakerCol);
        table.getColumns().add(text);
        Map<TableColumn<QuoteRow, ?>, QuoteOrder.Column> columns = Map.of(sources, QuoteOrder.Column.SOURCES,
                speakerCol, QuoteOrder.Column.SPEAKER, text, QuoteOrder.Column.TEXT);
        // a click on a header asks the view model for that order, which sorts in the background with the filter
        // (so the rows of a later filter come in that order too); the table itself never sorts its rows
        table.setSortPolicy(t -> {
            vm.orderProperty().set(new QuoteOrder(t.getSortOrder().stream()
                    .map(c -> new QuoteOrder.Key(columns.get(c), c.getSortType() == TableColumn.SortType.ASCENDING))
                    .toList()));
            return true;
        });
        table.setPlaceholder(new EmptyState(Feather.MESSAGE_SQUARE, vm.emptyMessageProperty(),
                "Quotes appear once pages that quote the film are imported").whileOpening(vm.openingProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copyCitation(vm);
                e.consume();
            }
        });

        ListView<OccurrenceRow> occurrences = new ListView<>(vm.occurrences());
        occurrences.setId("quote-occurrences");
        occurrences.setCellFactory(l -> new OccurrenceCell(l));
        Views.openOnClickOrEnter(occurrences, vm::open);
        occurrences.setPlaceholder(new EmptyState(Feather.CORNER_DOWN_RIGHT, "Select a quote",
                "Every place that quotes it appears here; click one to read it in its source"));
        Label occHeading = new Label("Where it is quoted");
        occHeading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox lower = new VBox(4);
        lower.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(occurrences, Priority.ALWAYS);
        occHeading.setPadding(new Insets(0, 12, 0, 12));

        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        // the table is styled and laid out in the first pulse, the filters and the occurrences in the next: two
        // shorter waits of the FX thread on the pane's first showing instead of one
        NextPulse.then(table, () -> {
            setTop(bar);
            lower.getChildren().setAll(occHeading, occurrences);
            // placed again over the height the split has now, below the filters, as if it had been there at first
            split.setDividerPositions(0.55);
        });
    }

    @Override
    public javafx.scene.Node mainControl() {
        return table;
    }

    @Override
    public void annotateSelection() {
        QuoteRow quote = vm.selectedProperty().get();
        if (quote != null) {
            new AnnotationDialog(getScene().getWindow(), "Annotate quote", "“" + quote.text() + "”",
                    new AnnotationDraft("", java.util.List.of(), null)).ask().ifPresent(vm::annotate);
        }
    }

    private static void copyCitation(QuotesViewModel vm) {
        vm.citation().ifPresent(text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    /** A table cell whose text wraps to the column's width instead of being cut off. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<QuoteRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("table-wrapped-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(14));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }

    /**
     * Source and attribution above, the quote in its context below, the quoted words set off. The nodes are made
     * once per cell and refilled: the list also measures rows through a cell of its own, and new nodes at every
     * row would each be styled anew.
     */
    private static final class OccurrenceCell extends ListCell<OccurrenceRow> {
        private final Label source = new Label();
        private final Text before = new Text();
        private final Text quote = new Text();
        private final Text after = new Text();
        private final VBox box;

        OccurrenceCell(ListView<OccurrenceRow> list) {
            setPrefWidth(0);
            source.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            before.getStyleClass().add("plain");
            quote.getStyleClass().add("marked");
            after.getStyleClass().add("plain");
            TextFlow flow = new TextFlow(before, quote, after);
            flow.getStyleClass().add("occurrence-text");
            flow.maxWidthProperty().bind(list.widthProperty().subtract(34));
            flow.prefWidthProperty().bind(flow.maxWidthProperty());
            box = new VBox(3, source, flow);
        }

        @Override
        protected void updateItem(OccurrenceRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            source.setText(item.sourceTitle() + (item.site() == null || item.site().isBlank()
                    || item.site().equals(item.sourceTitle()) ? "" : " · " + item.site())
                    + (item.attribution().isEmpty() ? "" : " · attributed to " + item.attribution()));
            before.setText(item.before());
            quote.setText(item.text());
            after.setText(item.after());
            setGraphic(box);
        }
    }
}
