package org.filmlens.analysis;

import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Quote;

/** Finds the film's characters, their actors, aliases and mentions. PLACEHOLDER until the characters work lands. */
public final class CastFinder {
    public List<FilmCharacter> find(Corpus corpus, List<Quote> quotes) {
        return List.of();
    }
}
