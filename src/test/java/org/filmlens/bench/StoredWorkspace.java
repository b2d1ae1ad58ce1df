package org.filmlens.bench;

import java.nio.file.Path;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;

/**
 * An ingested workspace's corpus and stored analysis, for the benchmarks that run one stage alone and compare its
 * result with the stored one. Read as the application opens a workspace, so any format the build reads will do (a
 * stale or unreadable analysis is derived again, as on opening).
 */
record StoredWorkspace(Corpus corpus, Analysis analysis) {
    static StoredWorkspace read(Path ws) throws WorkspaceException {
        try (Workspace opened = Workspace.open(ws)) {
            return new StoredWorkspace(opened.corpus(), opened.analysis());
        }
    }
}
