package org.filmlens.annotations;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Source;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * Reads W3C Web Annotation JSON-LD (one annotation, an array, an AnnotationPage or an AnnotationCollection with an
 * embedded first page) and anchors each one in the current corpus: by its TextQuoteSelector (with context, then
 * alone, then fuzzily), else by its TextPositionSelector. What cannot be anchored is kept, flagged unplaced.
 */
public final class W3cImport {
    private final Corpus corpus;
    private final Reanchorer anchorer;
    private final Clock clock;
    private Map<String, String> sourceIdsByUrl;

    public W3cImport(Corpus corpus) {
        this(corpus, Clock.systemUTC());
    }

    W3cImport(Corpus corpus, Clock clock) {
        this.corpus = corpus;
        this.anchorer = new Reanchorer(corpus);
        this.clock = clock;
    }

    /**
     * Reads {@code file} and adds its annotations to {@code store}; one whose id is there already replaces it when
     * edited later, and is left out otherwise.
     */
    public ImportReport importInto(AnnotationStore store, Path file) throws StorageException, AnnotationException {
        List<Read> read = readAll(file, VersionedJson.readBounded(file));
        List<Annotation> parsed = placed(read);
        // one that says nothing of when it was edited is no later edit of the one here
        Set<String> undated = new HashSet<>();
        read.stream().filter(r -> !r.dated()).forEach(r -> undated.add(r.annotation().id()));
        AnnotationStore.Merged merged = store.merge(parsed, undated);
        int unanchored = (int) merged.added().stream().filter(Annotation::unplaced).count();
        return new ImportReport(merged.added().size(), unanchored, merged.updated().size(),
                parsed.size() - merged.added().size() - merged.updated().size(),
                read.stream().flatMap(r -> r.notices().stream()).toList());
    }

    /** The annotations in {@code content}; {@code file} only names it in messages. */
    List<Annotation> parse(Path file, byte[] content) throws AnnotationException {
        return placed(readAll(file, content));
    }

    private List<Read> readAll(Path file, byte[] content) throws AnnotationException {
        JsonNode root;
        try {
            // from the bytes: the parser reads a byte-order mark (Windows' editors write one) and UTF-16 or -32
            root = VersionedJson.mapper().readTree(content);
        } catch (IOException e) {
            // the CSV or Markdown a user exported is the likeliest wrong file: say which export this reads
            throw new AnnotationException(file + ": " + VersionedJson.problem("not valid JSON", e)
                    + "; import reads W3C Web Annotation JSON-LD, as written by export --format w3c");
        }
        List<JsonNode> items = items(file, root);
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read.add(annotation(file, i, items.get(i)));
        }
        return read;
    }

    /**
     * An annotation as read, whether its quoted text (a TextQuoteSelector's) is still to be found, and whether it
     * said when it was last edited.
     */
    private record Read(Annotation annotation, boolean quoteToFind, boolean dated, List<String> notices) {}

    /** The annotations, those with a quoted text placed in the corpus all at once (see {@link Reanchorer}). */
    private List<Annotation> placed(List<Read> read) {
        Set<Annotation> toFind = Collections.newSetFromMap(new IdentityHashMap<>());
        read.stream().filter(Read::quoteToFind).forEach(r -> toFind.add(r.annotation()));
        return anchorer.reanchorAll(read.stream().map(Read::annotation).toList(), toFind::contains);
    }

    private static List<JsonNode> items(Path file, JsonNode root) throws AnnotationException {
        List<JsonNode> out = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            throw new AnnotationException(file + ": empty document");
        }
        if (root.isArray()) {
            root.forEach(out::add);
            return out;
        }
        if (!root.isObject()) {
            throw new AnnotationException(file + ": expected a Web Annotation object, array or collection");
        }
        JsonNode first = root.path("first");
        if (first.isArray() && first.size() == 1) {
            first = first.get(0);
        }
        if (hasType(root, "AnnotationCollection") || (first.isObject() && !root.has("target"))) {
            if (first.isTextual()) {
                throw new AnnotationException(file + ": the collection's first page is only a link ("
                        + first.asText() + "); embed it, Filmlens fetches nothing");
            }
            first.path("items").forEach(out::add);
            return out;
        }
        if (hasType(root, "AnnotationPage") || (root.has("items") && !root.has("target"))) {
            root.path("items").forEach(out::add);
            return out;
        }
        out.add(root);
        return out;
    }

    private Read annotation(Path file, int index, JsonNode n) throws AnnotationException {
        String where = file + ": annotation " + (index + 1);
        if (!n.isObject() || !hasType(n, "Annotation")) {
            throw new AnnotationException(where + " is not of type Annotation");
        }
        if (!n.has("target")) {
            throw new AnnotationException(where + " has no target");
        }
        String id = localId(n.path("id").asText(null), n);
        List<String> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        AnnotationStance stance = null;
        boolean taggingMotivation = "tagging".equals(n.path("motivation").asText(""));
        if (n.path("bodyValue").isTextual()) {
            notes.add(n.get("bodyValue").asText());
        }
        List<String> notices = new ArrayList<>();
        for (JsonNode b : asList(n.path("body"))) {
            if (b.isObject() && b.has("value") && !b.path("value").isTextual()) {
                notices.add(where + ": a body's value is not text (" + b.get("value") + "), left out");
                continue;
            }
            if (!b.isObject() || !b.path("value").isTextual()) {
                continue; // bodies by reference (IRIs) have no text to keep
            }
            String value = b.get("value").asText();
            String purpose = b.path("purpose").asText(taggingMotivation ? "tagging" : "commenting");
            Optional<AnnotationStance> asStance = AnnotationStance.parse(value);
            if (purpose.equals("tagging")) {
                tags.add(value);
            } else if (purpose.equals("assessing") && asStance.isPresent()) {
                stance = asStance.get();
            } else {
                notes.add(value);
            }
        }
        String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        for (String field : List.of("created", "modified")) {
            if (n.has(field) && instant(n.path(field).asText(null)).isEmpty()) {
                notices.add(where + ": \"" + field + "\" is not a date (" + n.get(field) + "), "
                        + (field.equals("created") ? "the import's time taken instead" : "left out"));
            }
        }
        String created = instant(n.path("created").asText(null)).orElse(now);
        Optional<String> edited = instant(n.path("modified").asText(null));
        String modified = edited.orElse(created);
        Placed placed = target(n.path("target"));
        return new Read(new Annotation(id, placed.target(), String.join("\n\n", notes), tags, stance, created,
                modified, !placed.anchored()), placed.quoteToFind(), edited.isPresent(), notices);
    }

    /** A target, whether it is placed in the corpus, and whether its quoted text is yet to be looked for there. */
    private record Placed(AnnotationTarget target, boolean anchored, boolean quoteToFind) {
        Placed(AnnotationTarget target, boolean anchored) {
            this(target, anchored, false);
        }
    }

    private Placed target(JsonNode targetNode) {
        String refId = null;
        AnnotationTargetType refType = null;
        JsonNode resource = null;
        String plainSource = null;
        for (JsonNode t : asList(targetNode)) {
            String iri = t.isTextual() ? t.asText() : t.path("id").asText(null);
            if (iri != null && refOf(iri) != null) {
                refType = refOf(iri);
                refId = idAfterAny(iri);
            } else if (t.isObject() && t.has("source")) {
                resource = resource == null ? t : resource;
            } else if (iri != null && plainSource == null) {
                plainSource = iri;
            }
        }
        if (resource == null) {
            if (refType != null) {
                AnnotationTarget ref = new AnnotationTarget(refType, null, null, null, null, null, null, null, refId);
                return new Placed(ref, refType != AnnotationTargetType.PASSAGE_SPAN);
            }
            String sourceId = plainSource == null ? null : sourceIdFor(plainSource);
            return new Placed(new AnnotationTarget(AnnotationTargetType.PASSAGE_SPAN, sourceId, null, null, null, null,
                    null, null, null), false);
        }
        AnnotationTargetType type = refType == AnnotationTargetType.QUOTE ? AnnotationTargetType.QUOTE
                : AnnotationTargetType.PASSAGE_SPAN;
        return placeSpan(type, resource, type == AnnotationTargetType.QUOTE ? refId : null);
    }

    private Placed placeSpan(AnnotationTargetType type, JsonNode resource, String refId) {
        JsonNode src = resource.path("source");
        String sourceIri = src.isTextual() ? src.asText() : src.path("id").asText(null);
        String sourceId = sourceIri == null ? null : sourceIdFor(sourceIri);
        String exact = null;
        String prefix = null;
        String suffix = null;
        Integer start = null;
        Integer end = null;
        for (JsonNode sel : asList(resource.path("selector"))) {
            String kind = sel.path("type").asText("");
            if (kind.equals("TextQuoteSelector") && sel.path("exact").isTextual()) {
                exact = sel.get("exact").asText();
                prefix = sel.path("prefix").asText("");
                suffix = sel.path("suffix").asText("");
            } else if (kind.equals("TextPositionSelector") && sel.path("start").canConvertToInt()
                    && sel.path("end").canConvertToInt() && sel.get("start").asInt() >= 0
                    && sel.get("end").asInt() >= sel.get("start").asInt()) {
                start = sel.get("start").asInt();
                end = sel.get("end").asInt();
            }
        }
        AnnotationTarget given = new AnnotationTarget(type, sourceId, null, start, end, exact, prefix, suffix, refId);
        if (exact != null && !exact.isEmpty()) {
            return new Placed(given, false, true); // looked for with the others once all are read (see placed)
        }
        Optional<Source> source = sourceId == null ? Optional.empty() : corpus.source(sourceId);
        if (source.isPresent() && start != null && end > start && end <= source.get().text().length()) {
            String text = source.get().text();
            String passageId = anchorer.passageAt(sourceId, start).map(p -> p.id()).orElse(null);
            return new Placed(new AnnotationTarget(type, sourceId, passageId, start, end, text.substring(start, end),
                    TextAnchor.prefixOf(text, start), TextAnchor.suffixOf(text, end), refId), true);
        }
        return new Placed(given, false);
    }

    /** A source of the corpus by its url or Filmlens urn; otherwise the IRI itself is kept as the id. */
    private String sourceIdFor(String iri) {
        Optional<String> urnId = FilmlensIris.idAfter(FilmlensIris.SOURCE, iri);
        if (urnId.isPresent()) {
            return urnId.get();
        }
        return sourceIdsByUrl().getOrDefault(iri, iri);
    }

    /** The sources by their url, made at the first url an import names (the first source with a url keeps it). */
    private Map<String, String> sourceIdsByUrl() {
        if (sourceIdsByUrl == null) {
            sourceIdsByUrl = new HashMap<>();
            for (Source s : corpus.sources()) {
                if (s.url() != null) {
                    sourceIdsByUrl.putIfAbsent(s.url().strip(), s.id());
                }
            }
        }
        return sourceIdsByUrl;
    }

    private static AnnotationTargetType refOf(String iri) {
        if (iri.startsWith(FilmlensIris.QUOTE)) {
            return AnnotationTargetType.QUOTE;
        }
        if (iri.startsWith(FilmlensIris.SCENE)) {
            return AnnotationTargetType.SCENE;
        }
        if (iri.startsWith(FilmlensIris.QUESTION)) {
            return AnnotationTargetType.ENDING_QUESTION;
        }
        return null;
    }

    private static String idAfterAny(String iri) {
        for (String prefix : List.of(FilmlensIris.QUOTE, FilmlensIris.SCENE, FilmlensIris.QUESTION)) {
            Optional<String> id = FilmlensIris.idAfter(prefix, iri);
            if (id.isPresent()) {
                return id.get();
            }
        }
        return null;
    }

    /**
     * Our own {@code urn:uuid:} ids come back as they were, so re-importing an export doubles nothing; any other IRI
     * maps to a name-based UUID of it, stable across imports. An annotation without id gets one from its content.
     */
    private static String localId(String iri, JsonNode n) {
        if (iri == null || iri.isBlank()) {
            return UUID.nameUUIDFromBytes(n.toString().getBytes(StandardCharsets.UTF_8)).toString();
        }
        if (iri.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            try {
                return UUID.fromString(iri.substring(9)).toString();
            } catch (IllegalArgumentException e) {
                // not a real UUID: fall through to a name-based one
            }
        }
        return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Optional<String> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text).toString());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant().toString());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static boolean hasType(JsonNode n, String type) {
        for (JsonNode t : asList(n.path("type"))) {
            if (t.isTextual() && t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> asList(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }
}
