package org.filmlens.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.filmlens.corpus.SceneLink;
import org.junit.jupiter.api.Test;

/** Why a passage or a line is in a scene, as a reader says it, not as the analysis stores it. */
class SceneLinkReasonsTest {
    @Test
    void reasonsReadAsWords() {
        assertEquals("shares letter, catherine, says “the last letter” · 96% fit",
                ScenesViewModel.why(new SceneLink("p1", 0.96, "words: letter, catherine; phrase: the last letter")));
        assertEquals("marked as the first lines · 100% fit",
                ScenesViewModel.why(new SceneLink("p2", 1.0, "marker: first lines")));
        assertEquals("80% fit", ScenesViewModel.why(new SceneLink("p3", 0.8, null)));
        assertEquals("quoted in \u201cHer (2013) - Quotes\u201d (marked as the first lines) \u00b7 100% fit",
                ScenesViewModel.why(new SceneLink("q1", 1.0, "quoted in \u201cHer (2013) - Quotes\u201d: marker: first lines")));
    }
}
