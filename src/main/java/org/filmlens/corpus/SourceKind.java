package org.filmlens.corpus;

import java.util.Locale;

/** What kind of page a source is; the command line prints it in lower case. */
public enum SourceKind {
    ARTICLE, QUOTES, LISTING, QA, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
