package org.filmlens.ingest;

/**
 * Short lines that occur more than once in a dump are site chrome: status toasts ("changes saved"), image alt text
 * that repeats the search query, related-article titles printed twice (link text and image caption). Authors
 * rarely repeat a short line verbatim; dialogue lines are exempt because quotes pages legitimately repeat "Yes.",
 * and so are question headings over prose, which two explainers may word alike.
 */
final class RepeatedLineRule implements LineRule {
    static final int MAX_WORDS = 25;

    @Override
    public String name() {
        return "repeated";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        return line.words() <= MAX_WORDS && !stats.isTurn(line) && stats.occurrences(line) >= 2
                && !(line.titleCase() && stats.headsProse(line));
    }
}
