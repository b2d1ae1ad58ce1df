package org.filmlens.ui.common;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.filmlens.ui.common.WorkspaceSession.AnalysisState;
import org.filmlens.workspace.AnalysisPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * A pane that shows parts of the workspace's analysis, with what stands in for it while a large workspace's analysis
 * is still being read after its corpus (or could not be read): the pane itself comes back, with its data, once the
 * parts it shows are read (the others may still be being read).
 * The stand-ins are made the first time they are wanted, so a workspace whose analysis comes with its corpus (the
 * sample) adds no node to the window but this one.
 */
public final class AnalysisWait extends StackPane {
    private final Node pane;
    private final WorkspaceSession session;
    private final Set<AnalysisPart> parts;
    /** The stand-in shown in each state but READ, made the first time that state comes. */
    private final Map<AnalysisState, EmptyState> standIns = new EnumMap<>(AnalysisState.class);

    public AnalysisWait(Node pane, WorkspaceSession session, Set<AnalysisPart> parts) {
        super(pane);
        this.pane = pane;
        this.session = session;
        this.parts = parts;
        session.analysisProperty().addListener((obs, old, now) -> update());
        session.partsReadProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        AnalysisState state = session.isRead(parts) ? AnalysisState.READ : session.analysisState();
        if (state != AnalysisState.READ && !standIns.containsKey(state)) {
            EmptyState standIn = standIn(state);
            standIns.put(state, standIn);
            getChildren().add(standIn);
        }
        pane.setVisible(state == AnalysisState.READ);
        standIns.forEach((shownIn, standIn) -> standIn.setVisible(shownIn == state));
    }

    private EmptyState standIn(AnalysisState state) {
        EmptyState standIn = switch (state) {
            case READING -> new EmptyState(Feather.CLOCK, "Reading the analysis…", "Quotes, characters, scenes "
                    + "and the ending fill in by themselves once it is read; the sources, the reader and search work "
                    + "already");
            case MAKING -> new EmptyState(Feather.CLOCK, "The import is making the analysis again…", "Quotes, "
                    + "characters, scenes and the ending fill in once it is done; the sources, the reader and search "
                    + "work meanwhile");
            case FAILED -> {
                EmptyState failed = new EmptyState(Feather.ALERT_TRIANGLE, "Could not read the analysis", "");
                failed.detailProperty().bind(session.analysisProblemProperty());
                yield failed;
            }
            case READ -> throw new IllegalArgumentException("the pane itself shows a read analysis");
        };
        standIn.setId("analysis-" + state.name().toLowerCase(Locale.ROOT));
        return standIn;
    }
}
