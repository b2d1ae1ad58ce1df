package org.filmlens.ui.scenes;

import java.util.List;
import org.filmlens.corpus.Scene;

/** One scene in the ordered list. */
public record SceneRow(Scene scene, int order, String title, String characters, int passages, int quotes) {
    /**
     * Names shown in a scene's row before "and N more": a scene in a workspace of many films' pages can list
     * hundreds of characters, which would fill the list with one row of names.
     */
    static final int NAMES_SHOWN = 12;

    static SceneRow of(Scene s) {
        return new SceneRow(s, s.order(), s.title(), names(s.characters()), s.passages().size(), s.quotes().size());
    }

    /** The first {@link #NAMES_SHOWN} names, and how many more there are. */
    static String names(List<String> characters) {
        if (characters.size() <= NAMES_SHOWN) {
            return String.join(", ", characters);
        }
        return String.join(", ", characters.subList(0, NAMES_SHOWN)) + " and "
                + (characters.size() - NAMES_SHOWN) + " more";
    }
}
