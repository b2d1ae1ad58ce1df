package org.filmlens.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

/** The source tree's groups: small ones open with their sources, large ones closed until the user opens them. */
class GroupItemTest {
    private static SourceGroup group(int size) {
        List<SourceRow> rows = IntStream.range(0, size)
                .mapToObj(i -> new SourceRow("s" + i, "Source " + i, "site", i)).toList();
        return new SourceGroup("Articles", rows);
    }

    @Test
    void aSmallGroupStartsOpenWithEverySourceInOrder() {
        GroupItem item = new GroupItem(group(3));
        assertTrue(item.isExpanded());
        assertEquals(List.of("s0", "s1", "s2"),
                item.getChildren().stream().map(c -> ((SourceRow) c.getValue()).id()).toList());
    }

    @Test
    void aLargeGroupStartsClosedButStillListsEverySourceWhenOpened() {
        GroupItem item = new GroupItem(group(GroupItem.OPEN_UP_TO + 1));
        assertFalse(item.isExpanded());
        assertFalse(item.isLeaf(), "a closed group must still show that it can be opened");
        item.setExpanded(true);
        List<TreeItem<Object>> children = item.getChildren();
        assertEquals(GroupItem.OPEN_UP_TO + 1, children.size());
        assertEquals("s" + GroupItem.OPEN_UP_TO, ((SourceRow) children.get(children.size() - 1).getValue()).id());
        assertEquals(children.size(), item.getChildren().size(), "asking again does not add the sources twice");
    }

    @Test
    void anEmptyGroupIsALeaf() {
        assertTrue(new GroupItem(group(0)).isLeaf());
    }
}
