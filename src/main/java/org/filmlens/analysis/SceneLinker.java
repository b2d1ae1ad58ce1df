package org.filmlens.analysis;

import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;

/**
 * Lays the corpus along the film's scenes: the given outline, or a coarse one derived from narrative cues when the
 * outline is empty. PLACEHOLDER until the characters work lands.
 */
public final class SceneLinker {
    public List<Scene> link(Corpus corpus, List<Quote> quotes, List<FilmCharacter> cast, List<SceneOutline> outline) {
        return List.of();
    }
}
