package org.filmlens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Progress;
import org.filmlens.workspace.IngestReport;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Ingest scraped dumps, .txt and .html files, or folders of them.")
final class IngestCommand extends WorkspaceCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    /** An ingest adds to the corpus and makes the analysis again from all of it: the stored one is never read. */
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    boolean createsWorkspace() {
        return true;
    }

    /**
     * Says on stderr when the ingest waits (for another window or command on the workspace, which may take
     * minutes), once per wait; the steps themselves stay quiet, as a command's output should.
     */
    private static Progress waitsOnStderr() {
        return new Progress() {
            private String said;

            @Override
            public void report(String step, double fraction) {
                if (fraction < 0 && step.startsWith("Waiting") && !step.equals(said)) {
                    System.err.println(step + "…");
                    said = step;
                }
            }
        };
    }

    @Override
    void run(Workspace ws) throws Exception {
        IngestReport r = ws.ingest(paths, waitsOnStderr());
        r.warnings().forEach(w -> System.err.println("warning: " + w));
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sources", r.sources());
            m.put("passages", r.passages());
            m.put("quotes", r.quotes());
            m.put("characters", r.characters());
            m.put("tookMillis", r.tookMillis());
            m.put("warnings", r.warnings());
            Output.json(m);
        } else {
            Output.line(String.format("Ingested into %s: %d sources, %d passages, %d quotes, %d characters in %d ms",
                    ws.directory(), r.sources(), r.passages(), r.quotes(), r.characters(), r.tookMillis()));
        }
    }
}
