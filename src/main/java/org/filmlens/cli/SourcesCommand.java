package org.filmlens.cli;

import org.filmlens.corpus.Source;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "sources", description = "List the sources of the workspace.")
final class SourcesCommand extends WorkspaceCommand {
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    void run(Workspace ws) {
        if (json()) {
            Output.json(ws.corpus().sources().stream()
                    .map(s -> JsonShapes.source(s, ws.corpus().passageCount(s.id()))).toList());
            return;
        }
        for (Source s : ws.corpus().sources()) {
            Output.line(String.format("%-22s %-8s %4d passages  %s%s", s.id(), s.kind().label(),
                    ws.corpus().passageCount(s.id()), s.title(), s.site() == null ? "" : " — " + s.site()));
        }
    }
}
