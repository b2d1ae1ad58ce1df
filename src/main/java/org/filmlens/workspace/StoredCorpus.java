package org.filmlens.workspace;

import java.util.List;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;

/**
 * corpus.json: the cleaned sources and passages. {@code generation} changes with every ingest; the analysis file and
 * the index record the generation they were built from, so a crash between writing them is detected and repaired.
 */
record StoredCorpus(int formatVersion, String generation, Film film, List<Source> sources, List<Passage> passages) {
    static final int VERSION = 1;
}
