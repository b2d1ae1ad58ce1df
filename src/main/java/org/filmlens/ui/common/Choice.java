package org.filmlens.ui.common;

/** An entry of a filter ComboBox: the value it filters by (null = no filter) and what the user sees. */
public record Choice(String value, String label) {
    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
