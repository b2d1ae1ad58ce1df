package org.filmlens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.SearchHit;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.filmlens.workspace.StandaloneSearch;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search passages: words, \"phrases\", -exclusion, OR.")
final class SearchCommand extends WorkspaceCommand {
    @Parameters(arity = "0..1", paramLabel = "QUERY")
    String query;

    @Option(names = "--queries", paramLabel = "FILE", description = "Run every line of FILE as a query.")
    Path queriesFile;

    @Option(names = "--limit", defaultValue = "10", description = "Hits per query (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--source", paramLabel = "ID", description = "Only passages of this source.")
    String sourceId;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only passages quoting this character.")
    String speaker;

    /** Where the searches go: the workspace, or its index opened alone. */
    private interface Searcher {
        SearchResults search(SearchRequest request) throws QuerySyntaxException, WorkspaceException;
    }

    /** Without --speaker a search reads only the index (a speaker's name and aliases are in the analysis). */
    @Override
    boolean ranOnIndexAlone() throws Exception {
        if (speaker != null) {
            return false; // the name is checked against the workspace's cast first
        }
        Optional<StandaloneSearch> alone = StandaloneSearch.open(common.workspaceDir());
        if (alone.isEmpty()) {
            return false;
        }
        try (StandaloneSearch index = alone.get()) {
            if (sourceId != null && !index.hasSource(sourceId)) {
                throw new WorkspaceException("no source with id '" + sourceId + "' (see: filmlens sources)");
            }
            search(index::search, null);
        } catch (StandaloneSearch.Damaged e) {
            return false; // nothing printed yet: the workspace builds the index again and answers
        }
        return true;
    }

    @Override
    void run(Workspace ws) throws Exception {
        if (sourceId != null && ws.corpus().source(sourceId).isEmpty()) {
            throw new WorkspaceException("no source with id '" + sourceId + "' (see: filmlens sources)");
        }
        String canonicalSpeaker = speaker == null ? null
                : ws.character(speaker).map(c -> c.name()).orElseThrow(() -> new WorkspaceException(
                        "no character called '" + speaker + "' (see: filmlens characters)"));
        search(ws::search, canonicalSpeaker);
    }

    @Override
    void checkUsage() {
        if (query != null && query.startsWith("--")) { // a query may start with "-" (Cli), an option with "--"
            throw usage("Unknown option: '" + query + "'");
        }
        if ((query == null) == (queriesFile == null)) {
            throw usage("give either a QUERY or --queries FILE");
        }
        if (limit <= 0) {
            throw usage("--limit must be a positive number");
        }
    }

    private void search(Searcher searcher, String canonicalSpeaker) throws Exception {
        if (queriesFile != null) {
            List<SearchResults> all = new ArrayList<>();
            List<String> lines = readQueries(queriesFile);
            for (int i = 0; i < lines.size(); i++) {
                String q = lines.get(i).strip();
                if (q.isEmpty()) {
                    continue;
                }
                try {
                    all.add(searcher.search(new SearchRequest(q, limit, sourceId, canonicalSpeaker)));
                } catch (QuerySyntaxException e) { // say which line of the file is malformed
                    throw new WorkspaceException(queriesFile + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("queries", all.size());
                m.put("results", all.stream().map(JsonShapes::searchResults).toList());
                Output.json(m);
            } else {
                all.forEach(this::printHuman);
            }
            return;
        }
        SearchResults r = searcher.search(new SearchRequest(query, limit, sourceId, canonicalSpeaker));
        if (json()) {
            Output.json(JsonShapes.searchResults(r));
        } else {
            printHuman(r);
        }
    }

    private static List<String> readQueries(Path file) throws WorkspaceException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WorkspaceException("cannot read the queries file " + file + ": it is not UTF-8 text (save it as"
                    + " UTF-8, one query a line)", e);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read the queries file " + (e instanceof java.nio.file.FileSystemException
                    ? "" : file + ": ") + Cli.describe(e), e);
        }
    }

    private void printHuman(SearchResults r) {
        Output.line(String.format("%s: %d hits (%d µs)", r.query(), r.total(), r.tookMicros()));
        for (SearchHit h : r.hits()) {
            Output.line(String.format("  %s  %.2f", h.passageId(), h.score()));
            for (String f : h.fragments()) {
                Output.line("    " + plain(f));
            }
        }
    }

    /** Fragments are HTML-escaped (& < > only) around their <mark> tags; the terminal gets plain text. */
    static String plain(String fragment) {
        return fragment.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replace('\n', ' ');
    }
}
