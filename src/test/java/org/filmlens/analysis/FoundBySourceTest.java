package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.junit.jupiter.api.Test;

class FoundBySourceTest {
    private static EndingPassage found(String id, String source) {
        Passage p = new Passage(id, source, 0, PassageKind.PARAGRAPH, null, 0, 4, "text");
        return new EndingPassage(p, null, Set.of(EndingCue.FINAL_SCENE));
    }

    @Test
    void aSourcesBestIsOverItsOwnPassagesOnly() {
        List<EndingPassage> found = List.of(found("a1", "a"), found("b1", "b"), found("a2", "a"), found("b2", "b"));
        double[][] sims = {{0.1, 0.9}, {0.5, 0.2}, {0.3, 0.4}, {0.7, 0.0}};
        FoundBySource sources = new FoundBySource(found);
        assertEquals(0.3, sources.best(0, sims, 0));
        assertEquals(0.9, sources.best(2, sims, 1));
        assertEquals(0.7, sources.best(1, sims, 0));
        assertEquals(0.2, sources.best(3, sims, 1));
    }
}
