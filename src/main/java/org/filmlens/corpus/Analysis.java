package org.filmlens.corpus;

import java.util.List;

/** Everything derived from a corpus: quotes, cast, scenes and ending questions. Rebuilt on each ingest. */
public record Analysis(List<Quote> quotes, List<FilmCharacter> characters, List<Scene> scenes,
                       List<EndingQuestion> ending) {
    public static Analysis empty() {
        return new Analysis(List.of(), List.of(), List.of(), List.of());
    }
}
