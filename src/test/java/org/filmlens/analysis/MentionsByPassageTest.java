package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.junit.jupiter.api.Test;

/** The cast's mentions grouped by the place of their passage, in the order the placer reads them. */
class MentionsByPassageTest {
    private static FilmCharacter character(String name, Mention... mentions) {
        return new FilmCharacter(name, null, List.of(), List.of(mentions), List.of());
    }

    @Test
    void eachPassageHoldsItsMentionsInCastOrderThenEachCharactersOwn() {
        Mention a1 = new Mention("s", "s.p0", 0, 3);
        Mention a2 = new Mention("s", "s.p2", 10, 13);
        Mention a3 = new Mention("s", "s.p2", 20, 23);
        Mention gone = new Mention("t", "t.p9", 0, 3); // a passage the corpus does not hold
        Mention b1 = new Mention("s", "s.p2", 5, 8);
        Mention b2 = new Mention("s", "s.p0", 4, 7);
        MentionPlacer.Mentions m = new MentionPlacer.Mentions(
                List.of(character("Ann", a1, a2, gone, a3), character("Ben", b1, b2)),
                Map.of("s.p0", 0, "s.p1", 1, "s.p2", 2), 3);

        assertTrue(m.in(0));
        assertFalse(m.in(1));
        assertTrue(m.in(2));
        assertEquals(List.of(a1, b2), m.mentions(m.first(0), m.end(0)));
        assertEquals(List.of(), m.mentions(m.first(1), m.end(1)));
        assertEquals(List.of(a2, a3, b1), m.mentions(m.first(2), m.end(2)));
        List<String> whose = new ArrayList<>();
        for (int k = m.first(2); k < m.end(2); k++) {
            assertEquals(m.mentions(m.first(2), m.end(2)).get(k - m.first(2)), m.mention(k));
            whose.add(m.character(k));
        }
        assertEquals(List.of("Ann", "Ann", "Ben"), whose);
        assertEquals(5, m.end(2)); // the mention of the passage not held is left out
    }

    @Test
    void anEmptyCastHasNoMentionsAnywhere() {
        MentionPlacer.Mentions m = new MentionPlacer.Mentions(List.of(), Map.of("s.p0", 0), 1);
        assertFalse(m.in(0));
        assertEquals(0, m.end(0));
    }
}
