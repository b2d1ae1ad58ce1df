package org.filmlens.ingest;

import java.util.List;

/**
 * Menus and category lists: runs of short list items that are link text (a few words, no sentence ending, no
 * speaker) and mostly unrelated to the film ("Artist Spotlight", "Best New Music", "Cast & crew"). A lone
 * two-to-four-word item between other blocks ("Movies & TV") is a category tag. Lists written by an author are
 * sentences, dialogue, or about the film's people (a cast list: "Amy Adams as Amy").
 */
final class LinkListRule implements ContextRule {
    static final int MAX_LINK_WORDS = 8;
    static final int MAX_TAG_WORDS = 4;
    static final double MAX_MEAN_RELATEDNESS = 0.34;

    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).listItem()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).listItem()) {
                end++;
            }
            if (allLinks(lines, i, end, stats) && linkRun(lines, i, end, stats)) {
                for (int k = i; k < end; k++) {
                    verdicts.markDebris(k, name());
                }
            }
            i = end;
        }
    }

    private static boolean allLinks(List<Line> lines, int from, int to, DumpStats stats) {
        int credits = 0;
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (l.words() > MAX_LINK_WORDS || Shapes.endsSentence(l.text()) || stats.isTurn(l)) {
                return false;
            }
            credits += Shapes.isCastCredit(l.text()) ? 1 : 0;
        }
        // a cast list, not a menu that holds a headline such as "X Returns as the Joker"
        return credits < 2 || credits * 2 <= to - from;
    }

    private static boolean linkRun(List<Line> lines, int from, int to, DumpStats stats) {
        if (to - from == 1) {
            return lines.get(from).words() <= MAX_TAG_WORDS;
        }
        double sum = 0;
        for (int k = from; k < to; k++) {
            double r = stats.relatedness(lines.get(k));
            sum += Double.isNaN(r) ? 0 : r;
        }
        return sum / (to - from) < MAX_MEAN_RELATEDNESS;
    }
}
