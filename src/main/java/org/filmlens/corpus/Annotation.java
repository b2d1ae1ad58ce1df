package org.filmlens.corpus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's note on a passage span, quote, scene or ending question: the user's own work, never derived data.
 *
 * @param tags     distinct, trimmed, non-blank, in the order given
 * @param stance   null when the user did not take a side
 * @param created  ISO-8601 instant (UTC)
 * @param modified ISO-8601 instant (UTC) of the last edit by the user
 * @param unplaced true when its span could not be found again in the current text; it is kept, never dropped
 */
public record Annotation(String id, AnnotationTarget target, String note, List<String> tags, AnnotationStance stance,
                         String created, String modified, boolean unplaced) {
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

    public boolean hasTag(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return tags.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(t));
    }

    public Annotation withNote(String newNote, String now) {
        return new Annotation(id, target, newNote, tags, stance, created, now, unplaced);
    }

    public Annotation withTags(List<String> newTags, String now) {
        return new Annotation(id, target, note, newTags, stance, created, now, unplaced);
    }

    public Annotation withStance(AnnotationStance newStance, String now) {
        return new Annotation(id, target, note, tags, newStance, created, now, unplaced);
    }

    /** Re-anchoring moves the target; it is not a user edit, so {@code modified} stays. */
    public Annotation placedAt(AnnotationTarget newTarget) {
        return new Annotation(id, newTarget, note, tags, stance, created, modified, false);
    }

    public Annotation asUnplaced() {
        return new Annotation(id, target, note, tags, stance, created, modified, true);
    }
}
