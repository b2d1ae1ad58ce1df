package org.filmlens.workspace;

import org.filmlens.corpus.Corpus;

/**
 * corpus.json as read or to be written: the corpus and the generation the analysis and the index are tied to. Format
 * 3 stores passages as runs of short arrays ({@link CorpusJson}); formats 1 and 2 are read as {@link StoredCorpus}.
 */
record CorpusFile(int formatVersion, String generation, Corpus corpus) {
    static final int VERSION = 3;
}
