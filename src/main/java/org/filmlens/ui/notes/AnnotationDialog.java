package org.filmlens.ui.notes;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.filmlens.corpus.AnnotationStance;

/** Asks for a note, tags and a stance; used to add an annotation and to edit one. */
public final class AnnotationDialog extends Dialog<AnnotationDraft> {
    private static final String NO_STANCE = "no stance";

    /** Read-only passage text whose selection says which words to annotate; null when there is no passage. */
    private final TextArea passage;
    private final String passageText;

    public AnnotationDialog(Window owner, String title, String about, AnnotationDraft initial) {
        this(owner, title, about, null, null, initial);
    }

    /**
     * Annotating a passage: its text is shown for the user to select the words the note is about, with
     * {@code selected} (offsets into {@code passageText}, or null) selected to begin with.
     */
    public AnnotationDialog(Window owner, String title, String about, String passageText, IndexRange selected,
                            AnnotationDraft initial) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        Label what = new Label(about);
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        what.setMaxWidth(520);
        TextArea note = new TextArea(initial.note());
        note.setId("annotation-note");
        note.setPromptText("Your note");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        // Tab moves on to the tags, as in any form (a note has no use for tab characters)
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isShiftDown()) {
                e.consume();
                tagsField().requestFocus();
            }
        });
        TextField tags = tagsField();
        tags.setText(String.join(", ", initial.tags()));
        tags.setId("annotation-tags");
        tags.setPromptText("Tags, separated by commas");
        ComboBox<String> stance = new ComboBox<>();
        stance.getItems().add(NO_STANCE);
        for (AnnotationStance s : AnnotationStance.values()) {
            stance.getItems().add(s.label());
        }
        stance.setValue(initial.stance() == null ? NO_STANCE : initial.stance().label());
        this.passageText = passageText;
        VBox box = new VBox(6, what);
        if (passageText != null) {
            passage = new TextArea(passageText);
            passage.setId("annotation-passage");
            passage.setEditable(false);
            passage.setWrapText(true);
            passage.setPrefRowCount(Math.min(8, Math.max(3, passageText.length() / 70 + 1)));
            if (selected != null) {
                passage.selectRange(selected.getStart(), selected.getEnd());
            }
            box.getChildren().addAll(fieldLabel("Passage (select words to annotate only them)", passage), passage);
        } else {
            passage = null;
        }
        stance.setId("annotation-stance");
        Label empty = new Label("Write a note, a tag or a stance to save");
        empty.setId("annotation-empty");
        empty.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.getChildren().addAll(fieldLabel("Note", note), note, fieldLabel("Tags", tags), tags,
                fieldLabel("Stance", stance), stance, empty);
        box.setPrefWidth(540);
        box.setPadding(new Insets(12, 16, 4, 16));
        getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        // an annotation with nothing in it is refused rather than saved (an edit that cleared every field)
        BooleanBinding nothing = Bindings.createBooleanBinding(() -> AnnotationDraft.of(note.getText(),
                tags.getText(), AnnotationStance.parse(stance.getValue()).orElse(null)).isEmpty(),
                note.textProperty(), tags.textProperty(), stance.valueProperty());
        getDialogPane().lookupButton(save).disableProperty().bind(nothing);
        empty.visibleProperty().bind(nothing);
        setResultConverter(b -> b == save ? AnnotationDraft.of(note.getText(), tags.getText(),
                AnnotationStance.parse(stance.getValue()).orElse(null)) : null);
        Platform.runLater(note::requestFocus);
    }

    private final TextField tagsField = new TextField();

    private static Label fieldLabel(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setPadding(new Insets(4, 0, 0, 0));
        return l;
    }

    private TextField tagsField() {
        return tagsField;
    }

    /** The words selected in the passage text (offsets into it); empty when none are, or there is no passage. */
    public IndexRange passageSelection() {
        // the text area drops control characters; then its offsets are not the passage's and only the whole passage is safe
        if (passage == null || !passage.getText().equals(passageText)) {
            return new IndexRange(0, 0);
        }
        return passage.getSelection();
    }

    /** Shows the dialog and returns what the user saved; nothing when they cancelled (Save needs something in it). */
    public Optional<AnnotationDraft> ask() {
        return showAndWait().filter(d -> !d.isEmpty());
    }
}
