package org.filmlens.ui.common;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;

/**
 * Gives a virtualised list its rows, the first time there are any, in two pulses: one row, then all of them. A
 * pane's first row is built and styled with the code still cold (its cell's skin, its styles looked up for the
 * first time) and costs about as much as the dozen after it, which the next pulse builds warm: two waits of the FX
 * thread instead of one twice as long. Later fillings find the code warm and go at once. Not for a table of rows
 * of wrapped text: its flow placed the last visible row over the one above after the switch (seen in pictures).
 */
public final class FirstRowFirst {
    private FirstRowFirst() {}

    /** Shows the live list {@code rows} in {@code list}; {@code selected}: the row to keep selected across. */
    public static <T> void show(ListView<T> list, ObservableList<T> rows, Supplier<T> selected) {
        ObjectProperty<ObservableList<T>> items = list.itemsProperty();
        SelectionModel<T> selection = list.getSelectionModel();
        if (!rows.isEmpty()) {
            items.set(rows);
            return;
        }
        items.set(FXCollections.observableArrayList());
        rows.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (rows.isEmpty()) {
                    return;
                }
                rows.removeListener(this);
                items.set(FXCollections.observableArrayList(rows.get(0)));
                NextPulse.then(list, () -> {
                    // new items clear the selection: one made meanwhile (or not found among the one row) is kept
                    T keep = selected.get();
                    items.set(rows);
                    if (keep != null) {
                        selection.select(keep);
                    }
                });
            }
        });
    }
}
