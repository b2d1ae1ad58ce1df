package org.filmlens.annotations;

/**
 * What an import did.
 *
 * @param imported   annotations added
 * @param unanchored of those, how many could not be placed in the current corpus (kept, flagged unplaced)
 * @param updated    annotations already there that the file holds in a later edit, replaced by it
 * @param duplicates annotations left out because one with the same id, edited as late or later, was already there
 */
public record ImportReport(int imported, int unanchored, int updated, int duplicates) {}
