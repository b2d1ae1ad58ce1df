package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.Test;

class StanceReaderTest {
    private final StanceReader reader = new StanceReader();

    @Test
    void cueWordsGiveTheStance() {
        assertEquals(Stance.HOPEFUL, reader.read("They watch the sunrise, ready for a new connection."));
        assertEquals(Stance.BLEAK, reader.read("Both of them are left in loneliness and isolation."));
        assertEquals(Stance.TRAGIC, reader.read("The last shot hints at their deaths."));
        assertEquals(Stance.AMBIGUOUS, reader.read("The ending is deliberately ambiguous."));
        assertEquals(Stance.FIGURATIVE, reader.read("The lighthouse is a metaphor for memory."));
        assertEquals(Stance.NEUTRAL, reader.read("The film was shot in Shanghai and Los Angeles."));
    }

    @Test
    void aConcededClauseCountsLessThanTheMainOne() {
        assertEquals(Stance.BLEAK,
                reader.read("Though they find joy in each other's company, both are lonely and alone."));
    }

    @Test
    void aNegatedCueDoesNotCount() {
        assertEquals(Stance.BLEAK, reader.read("It is not hopeful at all: he ends up lonely."));
    }

    @Test
    void twoEvenReadingsAreAmbiguous() {
        assertEquals(Stance.AMBIGUOUS, reader.read("There is hope in it, and loneliness too."));
    }
}
