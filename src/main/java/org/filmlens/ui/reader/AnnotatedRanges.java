package org.filmlens.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;

/**
 * Where a source's annotations fall in one passage: the placed spans clipped to it, overlaps merged to paint them,
 * or cut where the set of annotations changes to say which ones the pointer is over.
 */
public final class AnnotatedRanges {
    private AnnotatedRanges() {}

    public static List<TextRange> in(PassageRow passage, String sourceId, List<Annotation> annotations) {
        List<TextRange> clipped = new ArrayList<>(clip(passage, sourceId, annotations).values());
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

    /** The passage's annotated stretches, each with the annotations that cover all of it (in the list's order). */
    public static List<AnnotatedRun> runs(PassageRow passage, String sourceId, List<Annotation> annotations) {
        Map<Annotation, TextRange> clipped = clip(passage, sourceId, annotations);
        TreeSet<Integer> cuts = new TreeSet<>();
        clipped.values().forEach(r -> {
            cuts.add(r.start());
            cuts.add(r.end());
        });
        List<Integer> at = new ArrayList<>(cuts);
        List<AnnotatedRun> runs = new ArrayList<>();
        for (int i = 0; i + 1 < at.size(); i++) {
            int a = at.get(i);
            int b = at.get(i + 1);
            List<Annotation> over = clipped.entrySet().stream()
                    .filter(e -> e.getValue().start() <= a && e.getValue().end() >= b).map(Map.Entry::getKey).toList();
            // a cut is where some annotation starts or ends, so neighbouring runs never have the same annotations
            if (!over.isEmpty()) {
                runs.add(new AnnotatedRun(new TextRange(a, b), over));
            }
        }
        return List.copyOf(runs);
    }

    private static Map<Annotation, TextRange> clip(PassageRow passage, String sourceId, List<Annotation> annotations) {
        Map<Annotation, TextRange> clipped = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            AnnotationTarget t = a.target();
            // an unplaced annotation's offsets point at text that is no longer there
            if (a.unplaced() || !t.hasSpan() || !sourceId.equals(t.sourceId())) {
                continue;
            }
            int from = Math.max(t.start(), passage.start());
            int to = Math.min(t.end(), passage.end());
            if (from < to) {
                clipped.put(a, new TextRange(from - passage.start(), to - passage.start()));
            }
        }
        return clipped;
    }
}
