package org.filmlens.ui.arcs;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.filmlens.ui.common.Link;

/**
 * One stage as a card: title, scene and company, the character's lines, the critics' passages (the first few of
 * each, then "and N more"). A card is made once per list cell and refilled for each stage it shows: the list also
 * measures stages through a cell of its own, and a card of new labels for every stage measured and shown was
 * styled anew each time, most of the pane's first showing.
 */
final class StageCard extends VBox {
    static final int MAX_LINKS = 6;

    private final Label title = new Label();
    private final Label meta = new Label();
    private final Section lines;
    private final Section passages;

    StageCard(Consumer<Link> open) {
        super(6);
        getStyleClass().add("stage-card");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        getChildren().addAll(title, meta);
        lines = new Section("Their lines", open);
        passages = new Section("What the sources say", open);
    }

    /** Shows stage {@code s}, number {@code number} of the arc. */
    void show(StageRow s, int number) {
        title.setText(number + ". " + s.label());
        String where = s.scene().isEmpty() || s.scene().endsWith(". " + s.label()) ? sceneNumber(s.scene())
                : "Scene " + s.scene();
        String with = s.sharedWith().isEmpty() ? "" : "with " + s.sharedWith();
        String text = String.join(" · ", Stream.of(where, with).filter(x -> !x.isEmpty()).toList());
        meta.setText(OneLine.capped(text));
        shown(meta, !text.isEmpty());
        lines.show(s.lines());
        passages.show(s.passages());
    }

    /** "3. The blind date" → "Scene 3" (the stage already bears the scene's title). */
    static String sceneNumber(String scene) {
        int dot = scene.indexOf(". ");
        return scene.isEmpty() ? "" : "Scene " + (dot > 0 ? scene.substring(0, dot) : scene);
    }

    private static void shown(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** A heading, up to {@link #MAX_LINKS} rows each one click from its place, and "and N more". */
    private final class Section {
        private final Label heading;
        /** Made as a stage needs them, then kept for the next stages this card shows. */
        private final List<LinkRow> rows = new ArrayList<>();
        private final Label more = new Label();
        private final Consumer<Link> open;

        Section(String title, Consumer<Link> open) {
            this.open = open;
            heading = new Label(title);
            heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            getChildren().addAll(heading, more);
        }

        void show(List<Link> links) {
            shown(heading, !links.isEmpty());
            // a main character's stage can hold hundreds of lines across a filmography: nobody reads past the
            // first few, and a card of that many rows takes the FX thread hundreds of ms to lay out
            int count = Math.min(links.size(), MAX_LINKS);
            while (rows.size() < count) {
                LinkRow row = new LinkRow(open);
                rows.add(row);
                getChildren().add(getChildren().indexOf(more), row);
            }
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).show(i < count ? links.get(i) : null);
            }
            more.setText("and " + (links.size() - MAX_LINKS) + " more");
            shown(more, links.size() > MAX_LINKS);
        }
    }

    /**
     * A line or passage, and where it comes from; a click or Enter opens it. Plain text nodes, not labels (see
     * {@link org.filmlens.ui.common.LinkCell} for why), wrapped to the card's width inside its padding.
     */
    private final class LinkRow extends VBox {
        private final Text text = new Text();
        private final Text detail = new Text();
        private Link link;

        LinkRow(Consumer<Link> open) {
            super(1);
            text.getStyleClass().add("link-text");
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            getChildren().addAll(text, detail);
            getStyleClass().add("link-row");
            DoubleBinding inside = Bindings.createDoubleBinding(() -> Math.max(0, StageCard.this.getMaxWidth()
                    - StageCard.this.getInsets().getLeft() - StageCard.this.getInsets().getRight()
                    - getInsets().getLeft() - getInsets().getRight()),
                    StageCard.this.maxWidthProperty(), StageCard.this.insetsProperty(), insetsProperty());
            text.wrappingWidthProperty().bind(inside);
            detail.wrappingWidthProperty().bind(inside);
            setCursor(Cursor.HAND);
            setFocusTraversable(true);
            setOnMouseClicked(e -> open.accept(link));
            setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    open.accept(link);
                }
            });
        }

        void show(Link l) {
            link = l;
            shown(this, l != null);
            if (l != null) {
                text.setText(l.text());
                detail.setText(l.detail());
            }
        }
    }
}
