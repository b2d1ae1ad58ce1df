package org.filmlens.cli;

import org.filmlens.corpus.Arc;
import org.filmlens.corpus.ArcStage;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "arc", description = "A character's arc: the stages of their story, their lines, what sources say.")
final class ArcCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "NAME", description = "A character's name or alias.")
    String name;

    /** Reads the cast's, quotes' and scenes' parts of analysis.json alone ({@link Workspace#arc}), not the ending. */
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    void run(Workspace ws) throws WorkspaceException {
        Arc arc = ws.arc(name).orElseThrow(() -> new WorkspaceException(
                "no character called '" + name + "' (see: filmlens characters)"));
        if (json()) {
            Output.json(JsonShapes.arc(arc));
            return;
        }
        Output.line(arc.character() + (arc.actor() == null ? "" : " (" + arc.actor() + ")") + ": "
                + arc.mentions().size() + " mentions, " + arc.quoteIds().size() + " lines");
        int n = 1;
        for (ArcStage s : arc.stages()) {
            Output.line(String.format("%2d. %s", n++, s.label()));
            for (String qid : s.quoteIds()) {
                ws.quote(qid).ifPresent(q -> Output.line("      says [" + q.id() + "]: "
                        + PassagesCommand.oneLine(q.text(), 100)));
            }
            for (String pid : s.passageIds()) {
                ws.corpus().passage(pid).ifPresent(p -> Output.line("      [" + p.id() + "] "
                        + PassagesCommand.oneLine(p.text(), 100)));
            }
            if (!s.sharedWith().isEmpty()) {
                Output.line("      with " + String.join(", ", s.sharedWith()));
            }
        }
    }
}
