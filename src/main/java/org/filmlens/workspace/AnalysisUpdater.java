package org.filmlens.workspace;

import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;

/**
 * How an editor swaps in a changed analysis of the same corpus: the workspace applies the change to its current
 * snapshot, saves the result and swaps it in. The corpus and its generation stay, so the index stays valid.
 */
@FunctionalInterface
interface AnalysisUpdater {
    void update(Change change) throws WorkspaceException;

    @FunctionalInterface
    interface Change {
        Analysis apply(String generation, Corpus corpus, Analysis current) throws WorkspaceException;
    }
}
