package org.filmlens.ui.sources;

import java.util.List;
import java.util.Objects;

/** The sources of one kind (articles, quotes pages …) with their count. */
public record SourceGroup(String kind, List<SourceRow> sources) {
    public String label() {
        return kind + " (" + sources.size() + ")";
    }

    // Written out, not generated: a record's generated equals and hashCode are linked through
    // invokedynamic at their first call, cold method-handle work (some 5-15 ms a record) that fell on the FX
    // thread while the first frame was made (docs/performance.md, ninth session). Same rule as the generated ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceGroup g && Objects.equals(kind, g.kind) && Objects.equals(sources, g.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, sources);
    }
}
