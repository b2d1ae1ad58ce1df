package org.filmlens.ui.sources;

import java.util.List;
import java.util.Objects;

/** The sources of one kind (articles, quotes pages …) with their count. */
public record SourceGroup(String kind, List<SourceRow> sources) {
    public String label() {
        return kind + " (" + sources.size() + ")";
    }

    // Written out, not generated: see WrittenOutRecordMethodsTest for why and for the rule they keep.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceGroup g && Objects.equals(kind, g.kind) && Objects.equals(sources, g.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, sources);
    }
}
