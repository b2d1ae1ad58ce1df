package org.filmlens.analysis;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Source;
import org.filmlens.ingest.IngestException;
import org.filmlens.ingest.Ingester;
import org.filmlens.quotes.QuoteFinder;

/** The two test films, read by the real ingest and quote finder, as the workspace reads them. */
record SampleCorpora(Corpus corpus, List<Quote> quotes) {
    static SampleCorpora her() {
        return read(Path.of("samples/her-2013/her-2013-web-pages.txt"), new Film("Her", 2013, "Spike Jonze"));
    }

    static SampleCorpora lantern() {
        return read(Path.of("src/test/resources/dumps/lantern-2019/dump.txt"),
                new Film("The Salt Lantern", 2019, "Ines Okafor"));
    }

    private static SampleCorpora read(Path dump, Film film) {
        try {
            Corpus corpus = new Ingester().ingest(film, List.of(dump), Progress.NONE);
            return new SampleCorpora(corpus, new QuoteFinder().find(corpus, Progress.NONE));
        } catch (IngestException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The id of the source whose title starts with this (case-insensitively): ingest makes the ids. */
    String sourceId(String titleStart) {
        return corpus.sources().stream()
                .filter(s -> s.title() != null && s.title().toLowerCase().startsWith(titleStart.toLowerCase()))
                .map(Source::id).findFirst()
                .orElseThrow(() -> new AssertionError("no source titled " + titleStart + "…"));
    }

    List<org.filmlens.corpus.EndingQuestion> map(EndingEdits edits) {
        return new EndingMapper().map(corpus, quotes, List.of(), edits);
    }
}
