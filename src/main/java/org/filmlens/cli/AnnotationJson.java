package org.filmlens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.annotations.StoreNotice;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;

/** The JSON shape of an annotation on the command line, and the store's notices on stderr. */
final class AnnotationJson {
    private AnnotationJson() {}

    static Map<String, Object> annotation(Annotation a) {
        AnnotationTarget t = a.target();
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("sourceId", t.sourceId());
        target.put("passageId", t.passageId());
        target.put("start", t.start());
        target.put("end", t.end());
        target.put("exact", t.exact());
        target.put("type", t.type().name().toLowerCase(java.util.Locale.ROOT));
        target.put("refId", t.refId());
        target.put("prefix", t.prefix());
        target.put("suffix", t.suffix());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("target", target);
        m.put("note", a.note());
        m.put("tags", a.tags());
        m.put("stance", a.stance() == null ? null : a.stance().label());
        m.put("created", a.created());
        m.put("modified", a.modified());
        m.put("unplaced", a.unplaced());
        m.put("annotatedText", a.annotatedText()); // the words first annotated, when they have changed since
        return m;
    }

    /** What the store repaired on its own goes to stderr, so the user hears of it even in --json mode. */
    static void printNotices(AnnotationStore store) {
        for (StoreNotice n : store.notices()) {
            System.err.println("warning: " + n.message());
        }
    }
}
