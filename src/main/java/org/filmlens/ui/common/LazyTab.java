package org.filmlens.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A tab whose content (and its view model's first load) is created the first time it is selected, so that the
 * window shows without building panes nobody has looked at yet.
 */
public final class LazyTab extends Tab {
    private final Supplier<Node> content;
    private final PaneViewModel viewModel;
    private Node pane;

    public LazyTab(String title, Feather icon, PaneViewModel viewModel, Supplier<Node> content) {
        super(title);
        this.content = content;
        this.viewModel = viewModel;
        setGraphic(new FontIcon(icon));
        setClosable(false);
        selectedProperty().addListener((obs, was, now) -> {
            if (now && onScreen()) {
                build();
            } else if (viewModel != null) {
                viewModel.setShown(false);
            }
        });
    }

    /** The view model of the pane, or null for a pane without one. */
    public PaneViewModel viewModel() {
        return viewModel;
    }

    /** Before the window shows, selecting a tab builds nothing: the window shows first, then builds its pane. */
    private boolean onScreen() {
        return getTabPane() != null && getTabPane().getScene() != null && getTabPane().getScene().getWindow() != null
                && getTabPane().getScene().getWindow().isShowing();
    }

    /**
     * Marks its view model shown without creating the content: its data loads (or comes with the workspace being
     * opened), and {@link #build()} makes the content once the window is on screen.
     */
    public void showData() {
        if (viewModel != null) {
            viewModel.setShown(true);
        }
    }

    /** The pane itself once built (the tab's content may wrap it while the analysis is read), else null. */
    public Node pane() {
        return pane;
    }

    /** Creates the content now if it is not there yet, and brings its data up to date. */
    public void build() {
        if (getContent() == null) {
            pane = content.get();
            setContent(viewModel != null && viewModel.needsAnalysis()
                    ? new AnalysisWait(pane, viewModel.session, viewModel.analysisParts()) : pane);
        }
        if (viewModel != null) {
            viewModel.setShown(true);
        }
    }
}
