package org.filmlens.ui;

import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import org.testfx.api.FxRobot;

/** Finds the on-screen cell of a list, tree or table row by its index (virtual flows also hold spare cells). */
final class Cells {
    private Cells() {}

    static Node at(FxRobot robot, String container, String cellClass, int index) {
        return robot.lookup(container + " ." + cellClass)
                .match((Node n) -> n instanceof IndexedCell<?> c && c.getIndex() == index && !c.isEmpty()
                        && c.isVisible())
                .query();
    }
}
