package org.filmlens.analysis;

import java.util.HashMap;
import java.util.Map;
import org.filmlens.corpus.Stance;

/** The stance of each passage's text, read once: choosing answers asks it of a passage for every question. */
final class PassageStances {
    private final StanceReader reader;
    private final Map<String, Stance> byText = new HashMap<>();

    PassageStances(StanceReader reader) {
        this.reader = reader;
    }

    Stance of(String text) {
        return byText.computeIfAbsent(text, reader::read);
    }
}
