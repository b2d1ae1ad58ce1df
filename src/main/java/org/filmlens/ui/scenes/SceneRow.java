package org.filmlens.ui.scenes;

import org.filmlens.corpus.Scene;

/** One scene in the ordered list. */
public record SceneRow(Scene scene, int order, String title, String characters, int passages, int quotes) {
    static SceneRow of(Scene s) {
        return new SceneRow(s, s.order(), s.title(), String.join(", ", s.characters()), s.passages().size(),
                s.quotes().size());
    }
}
