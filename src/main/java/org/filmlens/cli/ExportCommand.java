package org.filmlens.cli;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.corpus.Annotation;
import org.filmlens.workspace.AnnotationExport;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export the annotations: W3C Web Annotation JSON-LD, Markdown or CSV.")
final class ExportCommand extends WorkspaceCommand {
    enum Format { w3c, markdown, csv }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "w3c, markdown or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of stdout.")
    Path out;

    /** The W3C and CSV exports need the corpus alone; a Markdown export reads the analysis when it asks for it. */
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
        if (out != null) {
            AnnotationExport.refuseWorkspaceFile(ws.directory(), out);
        }
        AnnotationStore store = ws.annotations();
        List<Annotation> annotations = store.list();
        AnnotationJson.printNotices(store);
        String text = AnnotationExport.render(ws, annotations, switch (format) {
            case w3c -> AnnotationExport.Format.W3C;
            case markdown -> AnnotationExport.Format.MARKDOWN;
            case csv -> AnnotationExport.Format.CSV;
        });
        if (out == null) {
            Output.text(text);
            return;
        }
        AnnotationExport.write(text, out);
        if (json()) {
            Output.json(java.util.Map.of("annotations", annotations.size(), "out", out.toAbsolutePath().toString()));
        } else {
            Output.line("Exported " + annotations.size() + (annotations.size() == 1 ? " annotation" : " annotations")
                    + " to " + out.toAbsolutePath());
        }
    }
}
