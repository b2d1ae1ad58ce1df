package org.filmlens.cli;

import java.util.List;
import org.filmlens.corpus.Quote;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", description = "List the film's lines, each with every passage that quotes it.")
final class QuotesCommand extends WorkspaceCommand {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this character's lines (name or alias).")
    String speaker;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
            description = "Only lines quoted by at least N sources.")
    int minSources;

    @Override
    void run(Workspace ws) throws WorkspaceException {
        if (speaker != null && ws.character(speaker).isEmpty()
                && ws.analysis().quotes().stream().noneMatch(q -> speaker.equalsIgnoreCase(q.speaker()))) {
            throw new WorkspaceException("no character called '" + speaker + "' (see: filmlens characters)");
        }
        List<Quote> quotes = ws.quotes(speaker, minSources);
        if (json()) {
            Output.json(quotes.stream().map(JsonShapes::quote).toList());
            return;
        }
        for (Quote q : quotes) {
            Output.line(String.format("%s  %s: %s", q.id(), q.speaker() == null ? "(unknown)" : q.speaker(),
                    PassagesCommand.oneLine(q.text(), 110)));
            Output.line("      quoted by " + String.join(", ", q.sourceIds()) + " (" + q.occurrences().size()
                    + " occurrences)");
        }
    }
}
