package org.filmlens.ui.sources;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A kind in the source tree whose source items are made the first time they are asked for. A collapsed group is
 * never asked, so a group of thousands of sources costs nothing on the FX thread until the user opens it.
 */
final class GroupItem extends TreeItem<Object> {
    /** Groups up to this size start open; larger ones start closed (a hundred films' pages). */
    static final int OPEN_UP_TO = 500;

    private final SourceGroup group;
    private boolean filled;

    GroupItem(SourceGroup group) {
        super(group);
        this.group = group;
        setExpanded(group.sources().size() <= OPEN_UP_TO);
    }

    @Override
    public boolean isLeaf() {
        return group.sources().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<Object>> getChildren() {
        ObservableList<TreeItem<Object>> children = super.getChildren();
        if (!filled) {
            filled = true;
            List<TreeItem<Object>> sources = new ArrayList<>(group.sources().size());
            for (SourceRow s : group.sources()) {
                sources.add(new TreeItem<>(s));
            }
            children.setAll(sources); // one change event, not one per source
        }
        return children;
    }
}
