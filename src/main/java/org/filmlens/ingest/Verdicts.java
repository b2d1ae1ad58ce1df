package org.filmlens.ingest;

/**
 * What cleaning decided for each line of a dump: debris (with the rule that said so), a byline (with the author's
 * name), a page title that must survive, or content (none of these).
 */
final class Verdicts {
    private final String[] debris;
    private final String[] author;
    private final boolean[] protectedTitle;
    /** Content whatever the rules say: a forum's reply ({@link ForumReplies}). */
    private final boolean[] kept;

    Verdicts(int size) {
        debris = new String[size];
        author = new String[size];
        protectedTitle = new boolean[size];
        kept = new boolean[size];
    }

    int size() {
        return debris.length;
    }

    boolean isDebris(int i) {
        return debris[i] != null;
    }

    String reason(int i) {
        return debris[i];
    }

    void markDebris(int i, String rule) {
        if (debris[i] == null && !protectedTitle[i] && author[i] == null && !kept[i]) {
            debris[i] = rule;
        }
    }

    /** The line is no byline after all (a menu's "Reality TV" read as a person's name). */
    void clearByline(int i) {
        author[i] = null;
    }

    boolean isByline(int i) {
        return author[i] != null;
    }

    String author(int i) {
        return author[i];
    }

    void markByline(int i, String name) {
        author[i] = name;
    }

    boolean isProtected(int i) {
        return protectedTitle[i];
    }

    void protect(int i) {
        protectedTitle[i] = true;
    }

    /** Content, whatever a rule says later: its author, if it was taken for a byline, is none. */
    void keep(int i) {
        kept[i] = true;
        author[i] = null;
        debris[i] = null;
    }

    /** Neither debris nor byline: a line that may end up in a source's text. */
    boolean isKept(int i) {
        return debris[i] == null && author[i] == null;
    }
}
