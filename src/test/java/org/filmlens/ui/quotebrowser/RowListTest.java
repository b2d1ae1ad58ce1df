package org.filmlens.ui.quotebrowser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

class RowListTest {
    @Test
    void replacingIsOneChangeThatNamesWhatWentAndCame() {
        RowList<String> list = new RowList<>();
        list.replaceAll(List.of("a", "b", "c"));
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                seen.add(c.getFrom() + "-" + c.getTo() + " removed " + c.getRemoved() + " added "
                        + c.getAddedSubList());
            }
        });
        list.replaceAll(List.of("d", "e"));
        assertEquals(List.of("0-2 removed [a, b, c] added [d, e]"), seen);
        assertEquals(List.of("d", "e"), list);
    }

    @Test
    void emptyToEmptyIsNoChange() {
        RowList<String> list = new RowList<>();
        boolean[] changed = {false};
        list.addListener((ListChangeListener<String>) c -> changed[0] = true);
        list.replaceAll(List.of());
        assertFalse(changed[0]);
        list.replaceAll(List.of("x"));
        assertTrue(changed[0]);
        assertEquals(1, list.size());
    }

    @Test
    void theChangeHandsTheOldRowsOverUncopiedAndCanBeReadAgain() {
        RowList<String> list = new RowList<>();
        List<String> old = new ArrayList<>(List.of("a", "b"));
        list.replaceAll(old);
        List<Object> removed = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            for (int pass = 0; pass < 2; pass++) {
                int changes = 0;
                while (c.next()) {
                    changes++;
                    assertTrue(c.wasReplaced());
                    removed.add(c.getRemoved());
                }
                assertEquals(1, changes);
                c.reset();
            }
        });
        list.replaceAll(List.of("c"));
        assertEquals(2, removed.size());
        old.set(0, "changed");
        assertEquals(List.of("changed", "b"), removed.get(0), "a view of the old rows, not a copy");
    }

    @Test
    void aSortedViewStaysSortedWhenTheRowsAreReplaced() {
        RowList<String> list = new RowList<>();
        list.replaceAll(List.of("b", "c", "a"));
        SortedList<String> sorted = new SortedList<>(list, Comparator.reverseOrder());
        assertEquals(List.of("c", "b", "a"), sorted);
        list.replaceAll(List.of("d", "a", "e", "b"));
        assertEquals(List.of("e", "d", "b", "a"), sorted);
        list.replaceAll(List.of());
        assertEquals(List.of(), sorted);
    }
}
