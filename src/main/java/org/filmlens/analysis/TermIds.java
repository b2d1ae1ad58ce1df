package org.filmlens.analysis;

import java.util.HashMap;
import java.util.Map;

/** Small dense ids for word stems, so that vectors compare by int rather than by string. */
final class TermIds {
    private final Map<String, Integer> ids = new HashMap<>();

    int of(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
        }
        return id;
    }

    int count() {
        return ids.size();
    }
}
