package org.filmlens.ui.arcs;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import org.filmlens.ui.common.HasMainControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.EmptyState;
import org.filmlens.ui.common.FirstRowFirst;
import org.filmlens.ui.common.HoverTip;
import org.kordamp.ikonli.feather.Feather;
import org.filmlens.ui.common.Views;

/** Character arcs: the character picker, the strip along the scenes, and the stages below it. */
public final class ArcsView extends BorderPane implements HasMainControl {
    static final double STRIP_HEIGHT = 90;
    private final ArcsViewModel vm;
    private final HBox strip = new HBox(3);
    private final ListView<StageRow> stages = new ListView<>();

    /** The list of the character's stages: the arrow keys walk the arc. */
    @Override
    public javafx.scene.Node mainControl() {
        return stages;
    }

    public ArcsView(ArcsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("arcs-view");
        ComboBox<Choice> who = Views.comboBox(vm.characters());
        who.setId("arc-character");
        who.valueProperty().bindBidirectional(vm.characterProperty());
        who.setPrefWidth(260);
        // kept at its width: a summary wider than the pane squeezed the picker until its name no longer showed
        who.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.textProperty().bind(Bindings.createStringBinding(() -> OneLine.capped(vm.summaryProperty().get()),
                vm.summaryProperty()));
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
        FirstRowFirst.show(stages, vm.stages(), () -> null);
        stages.setCellFactory(l -> new StageCell());
        stages.getStyleClass().add("arc-stages");
        Label noStages = new Label("No stages for this character yet");
        noStages.getStyleClass().add(Styles.TEXT_MUTED);
        stages.setPlaceholder(noStages);
        BorderPane content = new BorderPane(stages);
        content.setTop(top);
        EmptyState empty = new EmptyState(Feather.USERS, "No characters found in this workspace yet",
                "Characters appear once imported pages name who plays whom and quote their lines")
                .whileOpening(vm.openingProperty());
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
            HoverTip.install(column, b.order() + ". " + b.title() + "\n" + b.weight()
                    + " passages and lines" + (b.appears() ? "\nappears in this scene" : ""));
            strip.getChildren().add(column);
        }
    }

    /** One stage as a card ({@link StageCard}), made once per cell and refilled for each stage it shows. */
    private final class StageCell extends ListCell<StageRow> {
        private final StageCard card = new StageCard(vm::open);

        StageCell() {
            setPrefWidth(0);
            card.maxWidthProperty().bind(stages.widthProperty().subtract(40));
        }

        @Override
        protected void updateItem(StageRow s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            card.show(s, getIndex() + 1);
            setGraphic(card);
        }
    }
}
