package org.filmlens.ui.notes;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The selected annotation in full under the table, whose cells cut long notes and words short: where it is, the
 * note, the annotated words, tags and stance, to read without opening Edit… (which risks changing them).
 */
final class AnnotationDetail extends ScrollPane {
    private final Label where = label("annotation-detail-where", Styles.TEXT_BOLD);
    private final Label note = label("annotation-detail-note", null);
    private final Label words = label("annotation-detail-words", Styles.TEXT_MUTED);
    private final Label facts = label("annotation-detail-facts", Styles.TEXT_SMALL);

    AnnotationDetail(ObservableValue<AnnotationRow> selected) {
        setId("annotation-detail");
        getStyleClass().add("annotation-detail");
        VBox box = new VBox(4, where, note, words, facts);
        box.setPadding(new Insets(8, 12, 8, 12));
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // a few lines in view; a long note scrolls here rather than pushing the table away
        setPrefViewportHeight(120);
        setMaxHeight(180);
        show(selected.getValue());
        selected.addListener((obs, old, now) -> show(now));
    }

    private void show(AnnotationRow row) {
        boolean any = row != null;
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        where.setText(row.where());
        note.setText(row.note().isBlank() ? "(no note)" : row.note());
        boolean onWords = !row.words().isBlank();
        words.setText(onWords ? "On \u201c" + row.words() + "\u201d" + (row.annotation().textChanged()
                ? "\nWhen annotated: \u201c" + row.annotation().annotatedText().strip() + "\u201d" : "") : "");
        words.setManaged(onWords);
        words.setVisible(onWords);
        StringBuilder f = new StringBuilder();
        f.append(row.tags().isBlank() ? "No tags" : "Tags: " + row.tags());
        if (!row.stance().isBlank()) {
            f.append(" \u00b7 Stance: ").append(row.stance());
        }
        f.append(" \u00b7 Modified ").append(row.modified());
        facts.setText(f.toString());
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
