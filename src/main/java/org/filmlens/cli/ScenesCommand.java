package org.filmlens.cli;

import org.filmlens.corpus.Scene;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "scenes", description = "The film's scenes in story order, with linked passages and quotes.")
final class ScenesCommand extends WorkspaceCommand {
    @Override
    void run(Workspace ws) {
        if (json()) {
            Output.json(ws.scenes().stream().map(JsonShapes::scene).toList());
            return;
        }
        for (Scene s : ws.scenes()) {
            Output.line(String.format("%2d. %-40s %3d passages %3d quotes  %s", s.order(), s.title(),
                    s.passages().size(), s.quotes().size(), String.join(", ", s.characters())));
        }
    }
}
