package org.filmlens.annotations;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported   annotations added
 * @param unanchored of those, how many could not be placed in the current corpus (kept, flagged unplaced)
 * @param updated    annotations already there that the file holds in a later edit, replaced by it
 * @param duplicates annotations left out because one with the same id, edited as late or later, was already there
 * @param notices    what the import left out or replaced in the file, one line each, naming the annotation
 */
public record ImportReport(int imported, int unanchored, int updated, int duplicates, List<String> notices) {
    public ImportReport {
        notices = List.copyOf(notices);
    }

    /** An import that left nothing out. */
    public ImportReport(int imported, int unanchored, int updated, int duplicates) {
        this(imported, unanchored, updated, duplicates, List.of());
    }
}
