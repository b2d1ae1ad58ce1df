package org.filmlens.ui.common;

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
    private EmptyState reading;
    private EmptyState failed;
    private EmptyState making;

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
        if (state == AnalysisState.READING && reading == null) {
            reading = new EmptyState(Feather.CLOCK, "Reading the analysis…", "Quotes, characters, scenes and the "
                    + "ending fill in by themselves once it is read; the sources, the reader and search work already");
            reading.setId("analysis-reading");
            getChildren().add(reading);
        }
        if (state == AnalysisState.FAILED && failed == null) {
            failed = new EmptyState(Feather.ALERT_TRIANGLE, "Could not read the analysis", "");
            failed.detailProperty().bind(session.analysisProblemProperty());
            failed.setId("analysis-failed");
            getChildren().add(failed);
        }
        if (state == AnalysisState.MAKING && making == null) {
            making = new EmptyState(Feather.CLOCK, "The import is making the analysis again…", "Quotes, "
                    + "characters, scenes and the ending fill in once it is done; the sources, the reader and search "
                    + "work meanwhile");
            making.setId("analysis-making");
            getChildren().add(making);
        }
        if (making != null) {
            making.setVisible(state == AnalysisState.MAKING);
        }
        pane.setVisible(state == AnalysisState.READ);
        if (reading != null) {
            reading.setVisible(state == AnalysisState.READING);
        }
        if (failed != null) {
            failed.setVisible(state == AnalysisState.FAILED);
        }
    }
}
