package org.filmlens.ingest;

/**
 * A line that is nothing but the film's title is an image label or a breadcrumb: it carries no statement about
 * the film, while real headings and captions say something more ("Joaquin Phoenix in Her (2013)").
 */
final class BareTitleRule implements LineRule {
    private final String normalizedTitle;

    BareTitleRule(String filmTitle) {
        this.normalizedTitle = filmTitle == null ? "" : Words.normalize(filmTitle);
    }

    @Override
    public String name() {
        return "bare-title";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        return !normalizedTitle.isEmpty() && !line.listItem() && line.text().length() <= 2 * normalizedTitle.length() + 8
                && line.normalized().equals(normalizedTitle);
    }
}
