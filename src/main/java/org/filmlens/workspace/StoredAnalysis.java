package org.filmlens.workspace;

import org.filmlens.corpus.Analysis;

/**
 * analysis.json: everything derived from the corpus of the same generation. Format 2 stores mentions and quote
 * occurrences as short arrays, without what can be cut from or worked out of the corpus ({@link AnalysisJson});
 * format 3 adds at its end a table of where each section lies, so that each can be read alone; format 4 leaves out
 * a quote's text where it is its first occurrence's.
 */
record StoredAnalysis(int formatVersion, String generation, Analysis analysis) {
    static final int VERSION = 4;
}
