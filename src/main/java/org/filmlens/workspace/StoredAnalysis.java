package org.filmlens.workspace;

import org.filmlens.corpus.Analysis;

/** analysis.json: everything derived from the corpus of the same generation. */
record StoredAnalysis(int formatVersion, String generation, Analysis analysis) {
    /** 2: ending answers carry a stance cue and questions their silent sources; older files are derived again. */
    static final int VERSION = 2;
}
