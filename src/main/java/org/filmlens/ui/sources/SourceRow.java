package org.filmlens.ui.sources;

import java.util.Objects;

/** One source in the navigator. */
public record SourceRow(String id, String title, String site, int passages) {
    // Written out, not generated: a record's generated equals and hashCode are linked through
    // invokedynamic at their first call, cold method-handle work (some 5-15 ms a record) that fell on the FX
    // thread while the first frame was made (docs/performance.md, ninth session). Same rule as the generated ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRow r && passages == r.passages && Objects.equals(id, r.id)
                && Objects.equals(title, r.title) && Objects.equals(site, r.site);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, site, passages);
    }
}
