package org.filmlens.ui.quotebrowser;

import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The table's rows, replaced whole as one change that hands the old rows over as they are. An observable array list
 * copies rows one at a time and records each as an addition (355,000 quotes at 100 MB took the FX thread about
 * 25 ms on the pane's first showing), and {@code ObservableListBase}'s own change builder copies the removed rows
 * one by one (50-60 ms at every filter or sort).
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
        fireChange(new WholeReplacement<>(this, old));
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Every row replaced: one change from 0 to the new size, whose removed rows are the old list itself. */
    private static final class WholeReplacement<T> extends ListChangeListener.Change<T> {
        private final List<T> removed;
        private int cursor = -1;

        WholeReplacement(RowList<T> list, List<T> removed) {
            super(list);
            this.removed = Collections.unmodifiableList(removed);
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            onTheChange();
            return 0;
        }

        @Override
        public int getTo() {
            onTheChange();
            return getList().size();
        }

        @Override
        public List<T> getRemoved() {
            onTheChange();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            onTheChange();
            return new int[0];
        }

        private void onTheChange() {
            if (cursor != 0) {
                throw new IllegalStateException("next() must be called before the change is read");
            }
        }
    }
}
