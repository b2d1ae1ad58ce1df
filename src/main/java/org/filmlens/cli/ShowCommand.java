package org.filmlens.cli;

import org.filmlens.corpus.Source;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print a source's cleaned text (the text all offsets refer to).")
final class ShowCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "SOURCE_ID")
    String sourceId;

    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    void run(Workspace ws) throws WorkspaceException {
        Source s = ws.source(sourceId).orElseThrow(() -> new WorkspaceException(
                "no source with id '" + sourceId + "' in " + ws.directory() + " (see: filmlens sources)"));
        if (json()) {
            Output.json(JsonShapes.sourceWithText(s));
        } else {
            Output.line(s.title() + (s.site() == null ? "" : " — " + s.site())
                    + (s.author() == null ? "" : ", by " + s.author()));
            Output.line("");
            Output.line(s.text());
        }
    }
}
