package org.filmlens.ui.notes;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.filmlens.corpus.AnnotationStance;

/** Asks for a note, tags and a stance; used to add an annotation and to edit one. */
public final class AnnotationDialog extends Dialog<AnnotationDraft> {
    private static final String NO_STANCE = "no stance";

    public AnnotationDialog(Window owner, String title, String about, AnnotationDraft initial) {
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
        TextField tags = new TextField(String.join(", ", initial.tags()));
        tags.setId("annotation-tags");
        tags.setPromptText("Tags, separated by commas");
        ComboBox<String> stance = new ComboBox<>();
        stance.getItems().add(NO_STANCE);
        for (AnnotationStance s : AnnotationStance.values()) {
            stance.getItems().add(s.label());
        }
        stance.setValue(initial.stance() == null ? NO_STANCE : initial.stance().label());
        VBox box = new VBox(8, what, note, tags, stance);
        box.setPrefWidth(540);
        getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        setResultConverter(b -> b == save ? AnnotationDraft.of(note.getText(), tags.getText(),
                AnnotationStance.parse(stance.getValue()).orElse(null)) : null);
        Platform.runLater(note::requestFocus);
    }

    /** Shows the dialog and returns what the user saved; nothing when they cancelled or left it all empty. */
    public Optional<AnnotationDraft> ask() {
        return showAndWait().filter(d -> !d.isEmpty());
    }
}
