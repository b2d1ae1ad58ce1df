package org.filmlens.corpus;

/**
 * One web page (or file) about the film, after cleaning. {@code text} is the cleaned text that every
 * passage and quote offset refers to. Title, site, author and url may be null when the page does not give them.
 * {@code origin} is the file the page was read from (absolute), by which ingesting that file again replaces its
 * pages and no other's; null for sources made before it was kept, or not read from a file.
 */
public record Source(String id, String title, String site, String author, String url, SourceKind kind, String text,
                     String origin) {

    /** A source not read from a file (or whose file is not known). */
    public Source(String id, String title, String site, String author, String url, SourceKind kind, String text) {
        this(id, title, site, author, url, kind, text, null);
    }
}
