package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
    @Test
    void inflectionsOfOneWordMeet() {
        assertEquals(ContentWords.stem("loneliness"), ContentWords.stem("lonely"));
        assertEquals(ContentWords.stem("leaving"), ContentWords.stem("leave"));
        assertEquals(ContentWords.stem("left"), ContentWords.stem("leaves"));
        assertEquals(ContentWords.stem("deaths"), ContentWords.stem("death"));
        assertEquals(ContentWords.stem("ending"), ContentWords.stem("ends"));
        assertEquals(ContentWords.stem("looking"), ContentWords.stem("look"));
    }

    @Test
    void functionWordsTitleWordsPossessivesAndNumbersDropOut() {
        assertEquals(List.of("theodor", "letter", "catherin"),
                ContentWords.stems("Theodore’s letter to Catherine in 2013 — in Her", Set.of("her")));
    }
}
