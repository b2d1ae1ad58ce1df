package org.filmlens.ingest;

import java.util.List;

/**
 * A site's menu as a page copied to text gives it: a run of short lines with no blank line between them ("Movies",
 * "TV", "Reality TV", "Games", "Lists"), most of them one word or in sentence case ("Random article"), few about
 * the film. Written lists come as list
 * items ({@link LinkListRule}) or as sentences; a cast's names, which recur through the dump, are about the film.
 * The first line of a file that opens with such a run is the site's name, kept for the page.
 */
final class MenuRunRule implements ContextRule {
    static final int MIN_ITEMS = 3;
    static final int MAX_ITEM_WORDS = 3;
    static final double MAX_MEAN_RELATEDNESS = 0.5;

    @Override
    public String name() {
        return "menu";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        AdjacentRuns.forEach(lines, l -> isItem(l, stats), MIN_ITEMS, (from, to) -> {
            if (isMenu(lines, from, to, stats)) {
                // a file that opens with its menu opens with the site's name above it
                for (int k = from == 0 ? 1 : from; k < to; k++) {
                    verdicts.clearByline(k); // "Reality TV" between "TV" and "Games" is no author
                    verdicts.markDebris(k, name());
                }
            }
        });
    }

    private static boolean isItem(Line l, DumpStats stats) {
        return l.words() <= MAX_ITEM_WORDS && !l.listItem() && !Shapes.endsSentence(l.text()) && !stats.isTurn(l)
                && l.text().indexOf(':') < 0;
    }

    private static boolean isMenu(List<Line> lines, int from, int to, DumpStats stats) {
        int single = 0;
        double related = 0;
        for (int k = from; k < to; k++) {
            // one word, or words not all capitalised ("Random article"): a link's label, not a person's name
            single += lines.get(k).words() == 1 || !lines.get(k).titleCase() ? 1 : 0;
            double r = stats.relatedness(lines.get(k));
            related += Double.isNaN(r) ? 0 : r;
        }
        return single * 2 >= to - from && related / (to - from) < MAX_MEAN_RELATEDNESS;
    }
}
