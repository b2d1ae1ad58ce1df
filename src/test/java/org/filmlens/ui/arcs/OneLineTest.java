package org.filmlens.ui.arcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OneLineTest {
    @Test
    void keepsTextThatFits() {
        String text = "Played by Joaquin Phoenix · 40 mentions in 3 sources";
        assertSame(text, OneLine.capped(text));
        String full = "x".repeat(OneLine.MAX_CHARS);
        assertSame(full, OneLine.capped(full));
    }

    @Test
    void cutsLongTextAndShowsTheCut() {
        String names = "Bob, ".repeat(3000);
        String capped = OneLine.capped(names);
        assertEquals(OneLine.MAX_CHARS + 1, capped.length());
        assertEquals(names.substring(0, OneLine.MAX_CHARS) + "…", capped);
    }

    @Test
    void neverSplitsACharacterInTwo() {
        String text = "a".repeat(OneLine.MAX_CHARS - 1) + "😀".repeat(10);
        assertEquals("a".repeat(OneLine.MAX_CHARS - 1) + "…", OneLine.capped(text));
    }
}
