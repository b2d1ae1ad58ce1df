package org.filmlens.cli;

import java.util.List;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.corpus.Annotation;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "annotations", description = "List annotations, optionally only those with a tag.")
final class AnnotationsCommand extends WorkspaceCommand {
    @Option(names = "--tag", paramLabel = "T", description = "Only annotations with this tag (any case).")
    String tag;

    @Override
    void run(Workspace ws) throws Exception {
        AnnotationStore store = ws.annotations();
        List<Annotation> list = store.list(tag);
        AnnotationJson.printNotices(store);
        if (json()) {
            Output.json(list.stream().map(AnnotationJson::annotation).toList());
            return;
        }
        for (Annotation a : list) {
            String where = a.target().exact() != null ? "\"" + PassagesCommand.oneLine(a.target().exact(), 60) + "\""
                    : a.target().type().name().toLowerCase(java.util.Locale.ROOT) + " " + a.target().refId();
            Output.line(String.format("%s %s%s %s %s", a.id(), a.unplaced() ? "[unplaced] " : "", where,
                    PassagesCommand.oneLine(a.note(), 80), a.tags().isEmpty() ? "" : a.tags()));
        }
    }
}
