package org.filmlens.analysis;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Source;
import org.filmlens.ingest.IngestException;
import org.filmlens.ingest.Ingester;
import org.filmlens.quotes.QuoteFinder;

/** The two test films through the real ingest, quotes, cast and scenes, as the workspace's pipeline runs them. */
record SampleCorpora(Corpus corpus, List<Quote> quotes, List<Scene> scenes) {
    static SampleCorpora her() {
        return read(Path.of("samples/her-2013/her-2013-web-pages.txt"), new Film("Her", 2013, "Spike Jonze"),
                SampleCorpus.herOutline());
    }

    /** No scene list ships with this film: the scene linker derives a coarse one, as the workspace does. */
    static SampleCorpora lantern() {
        return read(Path.of("src/test/resources/dumps/lantern-2019/dump.txt"),
                new Film("The Salt Lantern", 2019, "Ines Okafor"), List.of());
    }

    private static SampleCorpora read(Path dump, Film film, List<SceneOutline> outline) {
        try {
            Corpus corpus = new Ingester().ingest(film, List.of(dump), Progress.NONE);
            List<Quote> quotes = new QuoteFinder().find(corpus, Progress.NONE);
            List<FilmCharacter> cast = new CastFinder().find(corpus, quotes);
            return new SampleCorpora(corpus, quotes, new SceneLinker().link(corpus, quotes, cast, outline));
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
        return new EndingMapper().map(corpus, quotes, scenes, edits);
    }
}
