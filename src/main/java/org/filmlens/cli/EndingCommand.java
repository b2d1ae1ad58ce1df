package org.filmlens.cli;

import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "ending", description = "What each source says the ending means, question by question.",
        subcommands = {EndingCompareCommand.class, EndingEditCommands.Add.class, EndingEditCommands.Rename.class,
                EndingEditCommands.Merge.class, EndingEditCommands.Order.class, EndingEditCommands.SetStance.class})
final class EndingCommand extends WorkspaceCommand {
    /** Reads the part of analysis.json it lists, alone ({@link Workspace#openForCorpus}). */
    @Override
    boolean needsAnalysis() {
        return false;
    }

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
                String more = a.passageIds().size() > 1
                        ? "  +" + String.join(", ", a.passageIds().subList(1, a.passageIds().size())) : "";
                String cue = a.stanceCue() == null ? "" : "  (\"" + a.stanceCue() + "\")";
                Output.line(String.format("  %-20s %-10s %s%s%s", "", "", a.passageId(), more, cue));
            }
            if (!q.silent().isEmpty()) {
                Output.line("  silent: " + String.join(", ", q.silent()));
            }
        }
    }
}
