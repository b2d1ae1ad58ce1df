package org.filmlens.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.annotations.CsvExport;
import org.filmlens.annotations.MarkdownExport;
import org.filmlens.annotations.W3cExport;
import org.filmlens.corpus.Annotation;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
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
    void run(Workspace ws) throws Exception {
        AnnotationStore store = ws.annotations();
        List<Annotation> annotations = store.list();
        AnnotationJson.printNotices(store);
        String text = switch (format) {
            case w3c -> new W3cExport(ws.corpus()).collection(annotations);
            case markdown -> new MarkdownExport(ws.corpus(), ws.analysis()).render(annotations);
            case csv -> new CsvExport().render(annotations);
        };
        if (out == null) {
            Output.text(text);
            return;
        }
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } catch (java.nio.file.FileAlreadyExistsException e) { // a file stands where a folder of the path should be
            throw new WorkspaceException("cannot write the export to " + out + ": " + e.getFile()
                    + " is a file, not a folder", e);
        } catch (java.io.IOException e) {
            throw new WorkspaceException("cannot write the export to " + out + ": " + Cli.describe(e), e);
        }
        if (json()) {
            Output.json(java.util.Map.of("annotations", annotations.size(), "out", out.toAbsolutePath().toString()));
        } else {
            Output.line("Exported " + annotations.size() + " annotations to " + out.toAbsolutePath());
        }
    }
}
