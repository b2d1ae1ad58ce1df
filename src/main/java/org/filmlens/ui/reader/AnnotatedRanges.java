package org.filmlens.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;

/** Where a source's annotations fall in one passage: the placed spans, clipped to it, overlaps merged. */
public final class AnnotatedRanges {
    private AnnotatedRanges() {}

    public static List<TextRange> in(PassageRow passage, String sourceId, List<Annotation> annotations) {
        List<TextRange> clipped = new ArrayList<>();
        for (Annotation a : annotations) {
            AnnotationTarget t = a.target();
            // an unplaced annotation's offsets point at text that is no longer there
            if (a.unplaced() || !t.hasSpan() || !sourceId.equals(t.sourceId())) {
                continue;
            }
            int from = Math.max(t.start(), passage.start());
            int to = Math.min(t.end(), passage.end());
            if (from < to) {
                clipped.add(new TextRange(from - passage.start(), to - passage.start()));
            }
        }
        clipped.sort(Comparator.comparingInt(TextRange::start));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : clipped) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }
}
