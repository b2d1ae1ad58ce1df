package org.filmlens.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SceneRowTest {
    @Test
    void aFewNamesAreAllShown() {
        assertEquals("Ada, Ben", SceneRow.names(List.of("Ada", "Ben")));
        assertEquals("", SceneRow.names(List.of()));
    }

    @Test
    void manyNamesShowTheFirstAndHowManyMore() {
        List<String> cast = IntStream.range(0, 40).mapToObj(i -> "N" + i).toList();
        String shown = SceneRow.names(cast);
        assertEquals(String.join(", ", cast.subList(0, SceneRow.NAMES_SHOWN)) + " and 28 more", shown);
    }

    @Test
    void exactlyTheLimitNeedsNoMore() {
        List<String> cast = IntStream.range(0, SceneRow.NAMES_SHOWN).mapToObj(i -> "N" + i).toList();
        assertEquals(String.join(", ", cast), SceneRow.names(cast));
    }
}
