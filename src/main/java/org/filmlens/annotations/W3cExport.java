package org.filmlens.annotations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Corpus;
import org.filmlens.storage.VersionedJson;

/**
 * W3C Web Annotation JSON-LD: the note is a TextualBody with purpose commenting, each tag one with purpose tagging,
 * the stance one with purpose assessing; a text span is a SpecificResource whose selectors are a TextQuoteSelector
 * and (when the span is placed) a TextPositionSelector. Many annotations go out as an AnnotationCollection whose
 * first page embeds them all.
 */
public final class W3cExport {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Corpus corpus;

    public W3cExport(Corpus corpus) {
        this.corpus = corpus;
    }

    /** An AnnotationCollection holding {@code annotations}, pretty-printed. */
    public String collection(List<Annotation> annotations) {
        ObjectNode c = JSON.objectNode();
        String id = "urn:uuid:" + UUID.randomUUID();
        c.put("@context", CONTEXT);
        c.put("id", id);
        c.put("type", "AnnotationCollection");
        c.put("label", "Filmlens annotations on " + corpus.film().title());
        c.put("total", annotations.size());
        ObjectNode page = c.putObject("first");
        page.put("id", id + "#page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        annotations.forEach(a -> items.add(annotation(a)));
        return print(c);
    }

    /** One annotation as a standalone JSON-LD document. */
    public String single(Annotation a) {
        return print(annotation(a));
    }

    ObjectNode annotation(Annotation a) {
        ObjectNode n = JSON.objectNode();
        n.put("@context", CONTEXT);
        n.put("id", "urn:uuid:" + a.id());
        n.put("type", "Annotation");
        n.put("motivation", a.note().isBlank() && !a.tags().isEmpty() ? "tagging" : "commenting");
        n.put("created", a.created());
        n.put("modified", a.modified());
        ArrayNode bodies = JSON.arrayNode();
        if (!a.note().isBlank()) {
            bodies.add(textualBody(a.note(), "commenting").put("format", "text/plain"));
        }
        a.tags().forEach(t -> bodies.add(textualBody(t, "tagging")));
        if (a.stance() != null) {
            bodies.add(textualBody(a.stance().label(), "assessing"));
        }
        if (!bodies.isEmpty()) {
            n.set("body", bodies);
        }
        n.set("target", target(a));
        return n;
    }

    private static ObjectNode textualBody(String value, String purpose) {
        ObjectNode b = JSON.objectNode();
        b.put("type", "TextualBody");
        b.put("value", value);
        b.put("purpose", purpose);
        return b;
    }

    private com.fasterxml.jackson.databind.JsonNode target(Annotation a) {
        AnnotationTarget t = a.target();
        String ref = switch (t.type()) {
            case QUOTE -> t.refId() == null ? null : FilmlensIris.ref(FilmlensIris.QUOTE, t.refId());
            case SCENE -> FilmlensIris.ref(FilmlensIris.SCENE, t.refId());
            case ENDING_QUESTION -> FilmlensIris.ref(FilmlensIris.QUESTION, t.refId());
            case PASSAGE_SPAN -> null;
        };
        boolean hasQuote = t.exact() != null && !t.exact().isEmpty();
        boolean hasPosition = t.start() != null && t.end() != null && !a.unplaced();
        if (t.sourceId() == null || !(hasQuote || hasPosition)) {
            return JSON.textNode(ref != null ? ref : sourceIri(t.sourceId()));
        }
        ObjectNode span = JSON.objectNode();
        span.put("type", "SpecificResource");
        span.put("source", sourceIri(t.sourceId()));
        ArrayNode selectors = span.putArray("selector");
        if (hasQuote) {
            ObjectNode quote = selectors.addObject();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", t.exact());
            quote.put("prefix", t.prefix());
            quote.put("suffix", t.suffix());
        }
        if (hasPosition) { // an unplaced span's old offsets point at text that is no longer there
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", t.start());
            position.put("end", t.end());
        }
        if (t.type() == AnnotationTargetType.QUOTE && ref != null) {
            ArrayNode both = JSON.arrayNode();
            both.add(span);
            both.add(ref);
            return both;
        }
        return span;
    }

    /** The source's IRI; an id that is already an IRI (kept from an import of an unknown source) stays as it is. */
    private String sourceIri(String sourceId) {
        if (sourceId == null) {
            return FilmlensIris.source("unknown");
        }
        return corpus.source(sourceId).map(FilmlensIris::source)
                .orElseGet(() -> FilmlensIris.isIri(sourceId) ? sourceId : FilmlensIris.source(sourceId));
    }

    private static String print(ObjectNode node) {
        try {
            return VersionedJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an annotation tree", e);
        }
    }
}
