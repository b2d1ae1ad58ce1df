package org.filmlens.ui.sources;

import java.util.Objects;

/** One source in the navigator. */
public record SourceRow(String id, String title, String site, int passages) {
    // Written out, not generated: see WrittenOutRecordMethodsTest for why and for the rule they keep.
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
