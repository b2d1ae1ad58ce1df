package org.filmlens.ui.common;

import java.util.Objects;

/** An entry of a filter ComboBox: the value it filters by (null = no filter) and what the user sees. */
public record Choice(String value, String label) {
    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }

    // Written out, not generated: see WrittenOutRecordMethodsTest for why and for the rule they keep.
    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && Objects.equals(value, c.value) && Objects.equals(label, c.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }
}
