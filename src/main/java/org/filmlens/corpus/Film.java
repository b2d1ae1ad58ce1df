package org.filmlens.corpus;

/** The film a workspace is about. Year and director may be unknown (null). */
public record Film(String title, Integer year, String director) {
    public static Film unknown() {
        return new Film("Untitled film", null, null);
    }
}
