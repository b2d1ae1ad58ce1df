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

    // Written out, not generated: a record's generated equals and hashCode are linked through
    // invokedynamic at their first call, cold method-handle work (some 5-15 ms a record) that fell on the FX
    // thread while the first frame was made (docs/performance.md, ninth session). Same rule as the generated ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && Objects.equals(value, c.value) && Objects.equals(label, c.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }
}
