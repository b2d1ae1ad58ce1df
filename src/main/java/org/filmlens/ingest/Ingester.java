package org.filmlens.ingest;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;

/**
 * Turns files and folders (scraped text dumps, .txt, .html) into clean sources and passages.
 * PLACEHOLDER until the ingest work lands: returns an empty corpus.
 */
public final class Ingester {
    public Corpus ingest(Film film, List<Path> paths, Progress progress) throws IngestException {
        return Corpus.empty(film);
    }
}
