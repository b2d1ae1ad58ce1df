package org.filmlens.ui;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * How many nodes a scene holds, in all and under each node with an id, for the startup timing line: what the
 * first frame has to style and lay out.
 */
final class SceneCensus {
    private SceneCensus() {}

    static String of(Scene scene) {
        Map<String, Integer> byId = new TreeMap<>();
        int all = count(scene.getRoot(), byId);
        return all + " nodes " + byId;
    }

    private static int count(Node node, Map<String, Integer> byId) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child, byId);
            }
        }
        if (node.getId() != null) {
            byId.put(node.getId(), n);
        }
        return n;
    }
}
