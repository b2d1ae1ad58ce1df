package org.filmlens.ui.sources;

import java.util.List;

/** The sources of one kind (articles, quotes pages …) with their count. */
public record SourceGroup(String kind, List<SourceRow> sources) {
    public String label() {
        return kind + " (" + sources.size() + ")";
    }
}
