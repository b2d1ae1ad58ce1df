package org.filmlens.ingest;

import java.util.List;
import org.filmlens.corpus.Corpus;

/**
 * What an ingest produced: the corpus, and warnings that did not stop it, one line each naming the file
 * (an encoding that had to be guessed, a file with nothing left after cleaning), and the ids of the workspace's
 * sources whose file was ingested again without them (the page is gone from it).
 */
public record IngestResult(Corpus corpus, List<String> warnings, List<String> gone) {
    public IngestResult {
        warnings = List.copyOf(warnings);
        gone = List.copyOf(gone);
    }
}
