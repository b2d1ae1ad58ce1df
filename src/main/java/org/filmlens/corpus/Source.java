package org.filmlens.corpus;

/**
 * One web page (or file) about the film, after cleaning. {@code text} is the cleaned text that every
 * passage and quote offset refers to. Title, site, author and url may be null when the page does not give them.
 */
public record Source(String id, String title, String site, String author, String url, SourceKind kind, String text) {}
