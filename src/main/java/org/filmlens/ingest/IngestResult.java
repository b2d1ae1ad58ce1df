package org.filmlens.ingest;

import java.util.List;
import org.filmlens.corpus.Corpus;

/**
 * What an ingest produced: the corpus, and warnings that did not stop it, one line each naming the file
 * (an encoding that had to be guessed, a file with nothing left after cleaning).
 */
public record IngestResult(Corpus corpus, List<String> warnings) {
    public IngestResult {
        warnings = List.copyOf(warnings);
    }
}
