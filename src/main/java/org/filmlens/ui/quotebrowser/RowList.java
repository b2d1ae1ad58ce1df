package org.filmlens.ui.quotebrowser;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's rows, replaced whole as one change. An observable array list copies rows one at a time and records
 * each as an addition: 355,000 quotes at 100 MB took the FX thread about 25 ms on the pane's first showing.
 */
final class RowList<T> extends ObservableListBase<T> {
    private List<T> rows = List.of();

    /** Shows {@code now} (kept, not copied: the caller hands it over and never changes it). */
    void replaceAll(List<T> now) {
        List<T> old = rows;
        rows = now;
        if (old.isEmpty() && now.isEmpty()) {
            return;
        }
        beginChange();
        nextReplace(0, now.size(), old);
        endChange();
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
