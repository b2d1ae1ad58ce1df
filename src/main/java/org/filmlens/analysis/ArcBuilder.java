package org.filmlens.analysis;

import java.util.Optional;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.Corpus;

/** Builds one character's arc. PLACEHOLDER until the characters work lands. */
public final class ArcBuilder {
    public Optional<Arc> build(String characterName, Corpus corpus, Analysis analysis) {
        return Optional.empty();
    }
}
