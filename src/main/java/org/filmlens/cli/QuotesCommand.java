package org.filmlens.cli;

import java.util.List;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.text.NameKeys;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.SearchRequest;
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

    @Option(names = "--search", paramLabel = "QUERY",
            description = "Only lines matching QUERY (same syntax as search), best match first.")
    String query;

    /** Reads the part of analysis.json it lists, alone ({@link Workspace#openForCorpus}). */
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    void checkUsage() {
        if (minSources < 0) {
            throw usage("--min-sources must be 0 or more, not " + minSources);
        }
    }

    @Override
    void run(Workspace ws) throws WorkspaceException, QuerySyntaxException {
        if (speaker != null && ws.character(speaker).isEmpty()
                && ws.allQuotes().stream().noneMatch(q -> NameKeys.same(speaker, q.speaker()))) {
            throw new WorkspaceException("no character called '" + speaker + "' (see: filmlens characters)");
        }
        List<Quote> quotes = query == null ? ws.quotes(speaker, minSources) : matching(ws);
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

    /** Every canonical quote matching the query, ranked by the index, then the same filters as the listing. */
    private List<Quote> matching(Workspace ws) throws WorkspaceException, QuerySyntaxException {
        String canonical = speaker == null ? null : ws.character(speaker).map(c -> c.name()).orElse(speaker);
        int all = Math.max(1, ws.allQuotes().size());
        return ws.searchQuotes(new SearchRequest(query, all, null, canonical)).hits().stream()
                .map(h -> ws.quote(h.quoteId()))
                .flatMap(java.util.Optional::stream)
                .filter(q -> q.sourceIds().size() >= minSources)
                .toList();
    }
}
