package org.filmlens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.annotations.ImportReport;
import org.filmlens.annotations.W3cImport;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import W3C Web Annotation JSON-LD (one annotation, an array or a "
        + "collection), anchoring each in the current sources; an id already present is not doubled, and takes a "
        + "later edit of its annotation.")
final class ImportCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON-LD file.")
    Path file;

    /** Annotations are anchored in the corpus alone. */
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    boolean createsWorkspace() {
        return true;
    }

    @Override
    void run(Workspace ws) throws Exception {
        AnnotationStore store = ws.annotations();
        ImportReport r = new W3cImport(ws.corpus()).importInto(store, file);
        AnnotationJson.printNotices(store);
        r.notices().forEach(n -> System.err.println("warning: " + n));
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("imported", r.imported());
            m.put("unanchored", r.unanchored());
            m.put("updated", r.updated());
            m.put("duplicates", r.duplicates());
            m.put("warnings", r.notices());
            Output.json(m);
        } else {
            Output.line(String.format("Imported %d annotations (%d could not be anchored and are kept as unplaced; "
                    + "%d updated from later edits; %d already present)", r.imported(), r.unanchored(), r.updated(),
                    r.duplicates()));
        }
    }
}
