package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    private final Map<String, Integer> ids = new HashMap<>();

    private int[] keys(String text) {
        List<String> k = MatchTokens.of(text);
        return k.stream().mapToInt(w -> ids.computeIfAbsent(w, x -> ids.size())).toArray();
    }

    @Test
    void aFragmentInsideALongerLineIsFullyCovered() {
        Alignment.Result r = Alignment.align(keys("if you ever get there, come find me."),
                keys("It would be hard to explain, but if you ever get there, come find me. Nothing would ever pull us apart."));
        assertEquals(1.0, r.fragmentCoverage());
        assertTrue(r.lineCoverage() < 0.5);
    }

    @Test
    void aWordAddedOrDroppedCostsOneWord() {
        Alignment.Result r = Alignment.align(keys("Is that weird? You think I'm weird?"),
                keys("Is that weird? Do you think I'm weird?"));
        assertEquals(8, r.matches()); // all of the shorter version
        assertEquals(9, r.lineLength());
    }

    @Test
    void wordsScatteredOverALongLineDoNotAddUp() {
        Alignment.Result r = Alignment.align(keys("you are not alone love"),
                keys("you know the light is not lit and we are not sure what is alone or the love of it"));
        assertTrue(r.fragmentCoverage() < 0.75, "coverage " + r.fragmentCoverage());
    }
}
