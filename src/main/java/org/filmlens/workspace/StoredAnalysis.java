package org.filmlens.workspace;

import org.filmlens.corpus.Analysis;

/** analysis.json: everything derived from the corpus of the same generation. */
record StoredAnalysis(int formatVersion, String generation, Analysis analysis) {
    static final int VERSION = 1;
}
