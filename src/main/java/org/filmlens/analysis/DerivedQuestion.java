package org.filmlens.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question found in the corpus before the user's edits: its stable id, the other ids it has been known by (one
 * per heading merged into it, so that edits made under any of them still find it), its wording, and per source the
 * passages that answer it, in source order.
 */
public record DerivedQuestion(String id, Set<String> aliases, String question, Map<String, List<String>> answers) {
    public DerivedQuestion {
        answers = new LinkedHashMap<>(answers);
    }
}
