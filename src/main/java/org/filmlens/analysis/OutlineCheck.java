package org.filmlens.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a scene list written or edited by a person before it becomes the film's spine. */
public final class OutlineCheck {
    private OutlineCheck() {}

    /** What is wrong with the list, naming the scene (1-based, and its id when it has one); null when all is well. */
    public static String problem(List<SceneOutline> scenes) {
        if (scenes == null) {
            return "no scene list";
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < scenes.size(); i++) {
            SceneOutline s = scenes.get(i);
            String where = "scene " + (i + 1);
            if (s == null) {
                return where + " is empty";
            }
            if (s.id() == null || s.id().isBlank()) {
                return where + (s.title() == null ? "" : " ('" + s.title() + "')") + " has no id";
            }
            where += " (id '" + s.id() + "')";
            Integer earlier = seen.putIfAbsent(s.id(), i + 1);
            if (earlier != null) {
                return where + " repeats the id of scene " + earlier;
            }
            if (s.title() == null || s.title().isBlank()) {
                return where + " has no title";
            }
        }
        return null;
    }
}
