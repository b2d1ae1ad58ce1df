package org.filmlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.corpus.Annotation;
import org.filmlens.index.AnnotationHit;
import org.filmlens.index.AnnotationResults;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "annotations", description = "List annotations, optionally only those with a tag or matching a search.")
final class AnnotationsCommand extends WorkspaceCommand {
    @Option(names = "--tag", paramLabel = "T", description = "Only annotations with this tag (any case).")
    String tag;

    @Option(names = "--search", paramLabel = "QUERY",
            description = "Only annotations whose note, annotated text or tags match QUERY (the search syntax), "
                    + "best first, each with its matched fragments.")
    String query;

    @Option(names = "--limit", defaultValue = "20",
            description = "With --search: at most this many annotations (default: ${DEFAULT-VALUE}).")
    int limit;

    /** Listing and searching annotations reads the annotation file alone. */
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    boolean needsCorpus() {
        return false;
    }

    @Override
    void run(Workspace ws) throws Exception {
        if (limit <= 0) {
            throw new ParameterException(new picocli.CommandLine(this), "--limit must be a positive number");
        }
        AnnotationStore store = ws.annotations();
        if (query != null) {
            AnnotationResults results = ws.searchAnnotations(query, tag, limit);
            AnnotationJson.printNotices(store);
            printSearch(results, store.list());
            return;
        }
        List<Annotation> list = store.list(tag);
        AnnotationJson.printNotices(store);
        if (json()) {
            Output.json(list.stream().map(AnnotationJson::annotation).toList());
            return;
        }
        list.forEach(a -> Output.line(oneLine(a)));
    }

    /** The listing's shape, best first, each annotation with its {@code score} and {@code fragments} added. */
    private void printSearch(AnnotationResults results, List<Annotation> all) {
        Map<String, Annotation> byId = all.stream().collect(Collectors.toMap(Annotation::id, Function.identity()));
        List<Map<String, Object>> out = new ArrayList<>();
        if (!json()) {
            Output.line(String.format("%s: %d annotations (%d µs)", results.query(), results.total(),
                    results.tookMicros()));
        }
        for (AnnotationHit h : results.hits()) {
            Annotation a = byId.get(h.annotationId());
            if (a == null) {
                continue; // deleted by another process between the search and this listing
            }
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>(AnnotationJson.annotation(a));
                m.put("score", h.score());
                m.put("fragments", h.fragments());
                out.add(m);
            } else {
                Output.line(oneLine(a));
                h.fragments().forEach(f -> Output.line("    " + SearchCommand.plain(f)));
            }
        }
        if (json()) {
            Output.json(out);
        }
    }

    private static String oneLine(Annotation a) {
        String where = a.target().exact() != null ? "\"" + PassagesCommand.oneLine(a.target().exact(), 60) + "\""
                : a.target().type().name().toLowerCase(java.util.Locale.ROOT) + " " + a.target().refId();
        String state = a.unplaced() ? "[unplaced] " : a.textChanged() ? "[text changed] " : "";
        return String.format("%s %s%s %s %s", a.id(), state, where,
                PassagesCommand.oneLine(a.note(), 80), a.tags().isEmpty() ? "" : a.tags());
    }
}
