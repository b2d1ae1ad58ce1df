package org.filmlens.annotations;

import java.util.List;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;

/**
 * Annotations as CSV (RFC 4180: CRLF line ends, a field holding a comma, quote, CR or LF is quoted and its quotes
 * doubled). Tags are joined with "; ". One header row, one row per annotation: what it is on (a passage's span, a
 * quote, a scene or an ending question, with the quote's, scene's or question's id), whether it is unplaced, and
 * the words first annotated when they have changed since. A field that a spreadsheet would run as a formula
 * ("=HYPERLINK(…)") starts with an apostrophe, which shows it as text.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("id", "sourceId", "passageId", "start", "end", "exact", "note",
            "tags", "stance", "created", "modified", "target", "ref", "unplaced", "annotatedText");

    public String render(List<Annotation> annotations) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        for (Annotation a : annotations) {
            AnnotationTarget t = a.target();
            row(csv, List.of(text(t.sourceId()), text(t.passageId()), text(t.start()), text(t.end()),
                    text(t.exact()), a.note(), String.join("; ", a.tags()),
                    a.stance() == null ? "" : a.stance().label(), a.created(), a.modified(), kind(t.type()),
                    text(t.refId()), String.valueOf(a.unplaced()), text(a.annotatedText())), a.id());
        }
        return csv.toString();
    }

    private static String kind(AnnotationTargetType type) {
        return switch (type) {
            case PASSAGE_SPAN -> "passage";
            case QUOTE -> "quote";
            case SCENE -> "scene";
            case ENDING_QUESTION -> "question";
        };
    }

    private static void row(StringBuilder csv, List<String> fields, String first) {
        csv.append(field(first));
        fields.forEach(f -> csv.append(',').append(field(f)));
        csv.append("\r\n");
    }

    private static void row(StringBuilder csv, List<String> fields) {
        row(csv, fields.subList(1, fields.size()), fields.get(0));
    }

    static String field(String raw) {
        String value = raw.isEmpty() || "=+-@\t\r".indexOf(raw.charAt(0)) < 0 || raw.startsWith("- ") ? raw
                : "'" + raw;
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
