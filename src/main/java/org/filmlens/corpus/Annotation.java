package org.filmlens.corpus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.filmlens.corpus.text.NameKeys;

/**
 * A user's note on a passage span, quote, scene or ending question: the user's own work, never derived data.
 *
 * @param tags     distinct, trimmed, non-blank, in the order given
 * @param stance   null when the user did not take a side
 * @param created  ISO-8601 instant (UTC)
 * @param modified ISO-8601 instant (UTC) of the last edit by the user
 * @param unplaced true when its span could not be found again in the current text; it is kept, never dropped
 * @param annotatedText the words first annotated, when the span has since been placed on words that changed (a
 *                 paragraph reworded); null while the span holds them
 */
public record Annotation(String id, AnnotationTarget target, String note, List<String> tags, AnnotationStance stance,
                         String created, String modified, boolean unplaced, String annotatedText) {
    public Annotation(String id, AnnotationTarget target, String note, List<String> tags, AnnotationStance stance,
                      String created, String modified, boolean unplaced) {
        this(id, target, note, tags, stance, created, modified, unplaced, null);
    }

    public Annotation {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an annotation needs an id");
        }
        Objects.requireNonNull(target, "target");
        note = note == null ? "" : note;
        tags = cleanTags(tags);
        requireInstant("created", created);
        requireInstant("modified", modified);
    }

    public static List<String> cleanTags(List<String> tags) {
        List<String> out = new ArrayList<>();
        if (tags != null) {
            for (String t : tags) {
                String s = t == null ? "" : t.strip();
                if (!s.isEmpty() && out.stream().noneMatch(s::equalsIgnoreCase)) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void requireInstant(String field, String value) {
        try {
            Instant.parse(Objects.requireNonNull(value, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("annotation " + field + " '" + value + "' is not an ISO-8601 instant", e);
        }
    }

    /** Whether it has the tag, case and accents aside ("lampe-eclairee" is "lampe-éclairée"). */
    public boolean hasTag(String tag) {
        return tags.stream().anyMatch(x -> NameKeys.same(x, tag));
    }

    public Annotation withNote(String newNote, String now) {
        return new Annotation(id, target, newNote, tags, stance, created, now, unplaced, annotatedText);
    }

    public Annotation withTags(List<String> newTags, String now) {
        return new Annotation(id, target, note, newTags, stance, created, now, unplaced, annotatedText);
    }

    public Annotation withStance(AnnotationStance newStance, String now) {
        return new Annotation(id, target, note, tags, newStance, created, now, unplaced, annotatedText);
    }

    /**
     * Re-anchoring moves the target; it is not a user edit, so {@code modified} stays. Placed on other words than
     * those first annotated, it keeps those ({@link #annotatedText}), and lets them go once placed on them again.
     */
    public Annotation placedAt(AnnotationTarget newTarget) {
        String first = annotatedText != null ? annotatedText : target.exact();
        boolean changed = first != null && newTarget.exact() != null && !first.equals(newTarget.exact());
        return new Annotation(id, newTarget, note, tags, stance, created, modified, false, changed ? first : null);
    }

    public Annotation asUnplaced() {
        return new Annotation(id, target, note, tags, stance, created, modified, true, annotatedText);
    }

    /** Whether the words under the annotation changed since they were annotated. */
    public boolean textChanged() {
        return annotatedText != null;
    }
}
