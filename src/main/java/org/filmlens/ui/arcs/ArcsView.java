package org.filmlens.ui.arcs;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.Link;
import org.kordamp.ikonli.feather.Feather;
import org.filmlens.ui.common.Views;

/** Character arcs: the character picker, the strip along the scenes, and the stages below it. */
public final class ArcsView extends BorderPane {
    static final int MAX_LINKS_PER_CARD = 6;

    static final double STRIP_HEIGHT = 90;
    private final ArcsViewModel vm;
    private final HBox strip = new HBox(3);
    private final ListView<StageRow> stages = new ListView<>();

    public ArcsView(ArcsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("arcs-view");
        ComboBox<Choice> who = Views.comboBox(vm.characters());
        who.setId("arc-character");
        who.valueProperty().bindBidirectional(vm.characterProperty());
        who.setPrefWidth(260);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(10, who, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));

        strip.setId("arc-strip");
        strip.getStyleClass().add("arc-strip");
        strip.setAlignment(Pos.BOTTOM_LEFT);
        strip.setPadding(new Insets(8, 12, 4, 12));
        ScrollPane stripScroll = new ScrollPane(strip);
        stripScroll.setFitToHeight(true);
        stripScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stripScroll.getStyleClass().add("edge-to-edge");
        Label stripHeading = new Label("Along the film's scenes: bar = how much the sources discuss them there,"
                + " dot = they appear");
        stripHeading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        stripHeading.setPadding(new Insets(0, 12, 0, 12));
        VBox top = new VBox(4, bar, stripHeading, stripScroll);
        top.getStyleClass().add("pane-header");

        // virtualised: only the stage cards on screen are built, however long the arc
        stages.setId("arc-stages");
        stages.setItems(vm.stages());
        stages.setCellFactory(l -> new StageCell());
        stages.getStyleClass().add("arc-stages");
        Label noStages = new Label("No stages for this character yet");
        noStages.getStyleClass().add(Styles.TEXT_MUTED);
        stages.setPlaceholder(noStages);
        BorderPane content = new BorderPane(stages);
        content.setTop(top);
        EmptyState empty = new EmptyState(Feather.USERS, "No characters found in this workspace yet",
                "Characters appear once imported pages name who plays whom and quote their lines");
        empty.visibleProperty().bind(Bindings.isEmpty(vm.characters()));
        content.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(content, empty));

        vm.bars().addListener((ListChangeListener<SceneBar>) c -> rebuildStrip());
        rebuildStrip();
    }

    private void rebuildStrip() {
        strip.getChildren().clear();
        if (vm.bars().isEmpty()) {
            Label none = new Label("No scenes in this workspace yet");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            strip.getChildren().add(none);
            return;
        }
        int max = vm.bars().stream().mapToInt(SceneBar::weight).max().orElse(1);
        for (SceneBar b : vm.bars()) {
            Region bar = new Region();
            bar.getStyleClass().add(b.weight() > 0 ? "arc-bar" : "arc-bar-empty");
            double h = b.weight() == 0 ? 2 : Math.max(6, STRIP_HEIGHT * b.weight() / Math.max(1, max));
            bar.setMinSize(18, h);
            bar.setPrefSize(22, h);
            bar.setMaxSize(22, h);
            Region dot = new Region();
            dot.getStyleClass().add(b.appears() ? "arc-dot" : "arc-dot-absent");
            dot.setMinSize(8, 8);
            dot.setMaxSize(8, 8);
            Label n = new Label(String.valueOf(b.order()));
            n.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox column = new VBox(3, bar, dot, n);
            column.setAlignment(Pos.BOTTOM_CENTER);
            column.setMinHeight(STRIP_HEIGHT + 40);
            Tooltip.install(column, new Tooltip(b.order() + ". " + b.title() + "\n" + b.weight()
                    + " passages and lines" + (b.appears() ? "\nappears in this scene" : "")));
            strip.getChildren().add(column);
        }
    }

    /** One stage as a card: title, scene and company, the character's lines, the critics' passages. */
    private final class StageCell extends ListCell<StageRow> {
        StageCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StageRow s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label((getIndex() + 1) + ". " + s.label());
            title.getStyleClass().add(Styles.TITLE_4);
            title.setWrapText(true);
            VBox card = new VBox(6, title);
            card.getStyleClass().add("stage-card");
            String where = s.scene().isEmpty() || s.scene().endsWith(". " + s.label()) ? sceneNumber(s.scene())
                    : "Scene " + s.scene();
            String with = s.sharedWith().isEmpty() ? "" : "with " + s.sharedWith();
            String meta = String.join(" · ", java.util.stream.Stream.of(where, with).filter(x -> !x.isEmpty())
                    .toList());
            if (!meta.isEmpty()) {
                Label m = new Label(meta);
                m.getStyleClass().add(Styles.TEXT_MUTED);
                m.setWrapText(true);
                card.getChildren().add(m);
            }
            addLinks(card, "Their lines", s.lines());
            addLinks(card, "What the sources say", s.passages());
            card.maxWidthProperty().bind(stages.widthProperty().subtract(40));
            setGraphic(card);
        }
    }

    /** "3. The blind date" → "Scene 3" (the stage already bears the scene's title). */
    private static String sceneNumber(String scene) {
        int dot = scene.indexOf(". ");
        return scene.isEmpty() ? "" : "Scene " + (dot > 0 ? scene.substring(0, dot) : scene);
    }

    private void addLinks(VBox card, String heading, java.util.List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        Label h = new Label(heading);
        h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        card.getChildren().add(h);
        // a main character's stage can hold hundreds of lines across a filmography: a card of that many rows
        // takes the FX thread hundreds of ms to build, and nobody reads past the first few
        for (Link l : links.subList(0, Math.min(links.size(), MAX_LINKS_PER_CARD))) {
            card.getChildren().add(linkRow(l));
        }
        if (links.size() > MAX_LINKS_PER_CARD) {
            Label more = new Label("and " + (links.size() - MAX_LINKS_PER_CARD) + " more");
            more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            card.getChildren().add(more);
        }
    }

    private VBox linkRow(Link l) {
        Label text = new Label(l.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("link-text");
        Label detail = new Label(l.detail());
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox row = new VBox(1, text, detail);
        row.getStyleClass().add("link-row");
        row.setCursor(Cursor.HAND);
        row.setFocusTraversable(true);
        row.setOnMouseClicked(e -> vm.open(l));
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.open(l);
            }
        });
        HBox.setHgrow(row, Priority.ALWAYS);
        return row;
    }
}
