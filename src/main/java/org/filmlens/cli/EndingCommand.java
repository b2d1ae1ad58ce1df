package org.filmlens.cli;

import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "ending", description = "What each source says the ending means, question by question.",
        subcommands = {EndingCompareCommand.class, EndingEditCommands.Add.class, EndingEditCommands.Rename.class,
                EndingEditCommands.Merge.class, EndingEditCommands.Order.class, EndingEditCommands.SetStance.class})
final class EndingCommand extends WorkspaceCommand {
    @Override
    void run(Workspace ws) {
        if (json()) {
            Output.json(JsonShapes.ending(ws.ending()));
            return;
        }
        for (EndingQuestion q : ws.ending()) {
            Output.line(q.question() + "  [" + q.id() + "]");
            for (EndingAnswer a : q.answers()) {
                Output.line(String.format("  %-20s %-10s %s", a.sourceId(),
                        a.stance() == null ? "" : a.stance().label(), PassagesCommand.oneLine(a.text(), 90)));
            }
        }
    }
}
