package org.filmlens.ui.sources;

/** One source in the navigator. */
public record SourceRow(String id, String title, String site, int passages) {}
