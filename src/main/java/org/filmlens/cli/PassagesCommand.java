package org.filmlens.cli;

import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "passages", description = "List passages, with their offsets into their source.")
final class PassagesCommand extends WorkspaceCommand {
    @Option(names = "--source", paramLabel = "ID", description = "Only this source's passages.")
    String sourceId;

    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    void run(Workspace ws) throws WorkspaceException {
        if (sourceId != null && ws.source(sourceId).isEmpty()) {
            throw new WorkspaceException("no source with id '" + sourceId + "' (see: filmlens sources)");
        }
        List<Passage> passages = ws.passages(sourceId);
        if (json()) {
            Output.json(passages.stream().map(JsonShapes::passage).toList());
            return;
        }
        for (Passage p : passages) {
            Output.line(String.format("%-20s [%d,%d) %s", p.id(), p.start(), p.end(), oneLine(p.text(), 100)));
        }
    }

    static String oneLine(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
