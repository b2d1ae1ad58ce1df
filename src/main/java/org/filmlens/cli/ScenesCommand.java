package org.filmlens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Scene;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "scenes", description = "The film's scenes in story order, with linked passages and quotes; "
        + "or export the scene list to edit it, and import it back.")
final class ScenesCommand extends WorkspaceCommand {
    @ArgGroup(exclusive = true)
    Transfer transfer;

    static final class Transfer {
        @Option(names = "--export", paramLabel = "FILE", description = "Write the scene list in use as scenes.json.")
        Path exportTo;

        @Option(names = "--import", paramLabel = "FILE",
                description = "Make FILE (a scenes.json) the film's scene list and link the corpus to it again.")
        Path importFrom;
    }

    /**
     * Reads the part of analysis.json it lists, alone ({@link Workspace#openForCorpus}); an export needs the corpus
     * alone (the scene list is the user's, or derived from the corpus), so it neither reads a stale analysis nor
     * makes it again: the next command that needs it does.
     */
    @Override
    boolean needsAnalysis() {
        return transfer != null && transfer.importFrom != null; // an import links the corpus again: the whole analysis
    }

    @Override
    void run(Workspace ws) throws Exception {
        if (transfer != null) {
            boolean export = transfer.exportTo != null;
            Path file = export ? transfer.exportTo : transfer.importFrom;
            int n = export ? ws.exportOutline(file) : ws.importOutline(file);
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(export ? "exported" : "imported", n);
                m.put("file", file.toAbsolutePath().toString());
                Output.json(m);
            } else {
                Output.line((export ? "Exported " : "Imported ") + n + " scenes " + (export ? "to " : "from ")
                        + file.toAbsolutePath());
            }
            long unplaced = export ? 0 : ws.annotations().list().stream()
                    .filter(a -> a.unplaced() && a.target().type() == AnnotationTargetType.SCENE).count();
            if (unplaced > 0) {
                System.err.println("warning: " + unplaced + " annotation(s) on scenes no longer in the list are kept "
                        + "and shown as unplaced (filmlens annotations)");
            }
            return;
        }
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
