package org.filmlens.annotations;

/**
 * The outcome of re-anchoring after a re-ingest.
 *
 * @param moved    annotations whose place changed and were found again
 * @param unplaced annotations whose span could not be found (kept, flagged)
 * @param newlyUnplaced of those, the ones placed before this re-anchoring
 * @param missingTargets annotations on a quote, scene or question that is gone (when those were checked too)
 */
public record ReanchorReport(int total, int moved, int unplaced, int newlyUnplaced, int missingTargets) {}
