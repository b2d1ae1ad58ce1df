package org.filmlens.ingest;

import java.util.List;

/**
 * Runs of headlines of other stories: a title-case line only loosely about the film that sits next to debris is
 * one more entry of the same "recommended" or "trending" block. The film's own section headings are either
 * clearly about it or stand between the article's paragraphs.
 */
final class HeadlineRunRule implements ContextRule {
    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 30;
    static final double MAX_RELATEDNESS = 0.5;
    static final int MAX_PASSES = 4;

    @Override
    public String name() {
        return "headline-run";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        int[] headlines = Sweeps.candidates(lines.size(), i -> verdicts.isKept(i) && !verdicts.isProtected(i)
                && isLooseHeadline(lines.get(i), stats));
        Sweeps.untilStable(MAX_PASSES, headlines, i -> {
            if (verdicts.isKept(i) && (debris(verdicts, i, -1) || debris(verdicts, i, 1))) {
                verdicts.markDebris(i, name());
                return true;
            }
            return false;
        });
    }

    static boolean isLooseHeadline(Line l, DumpStats stats) {
        String t = l.text();
        if (l.words() < MIN_WORDS || l.words() > MAX_WORDS || l.listItem() || stats.isTurn(l)
                || !l.titleCase() || t.endsWith(".") || t.endsWith(":")) {
            return false;
        }
        double r = stats.relatedness(l);
        return !Double.isNaN(r) && r < MAX_RELATEDNESS;
    }

    private static boolean debris(Verdicts v, int i, int step) {
        for (int j = i + step; j >= 0 && j < v.size(); j += step) {
            if (!v.isByline(j)) {
                return v.isDebris(j);
            }
        }
        return false;
    }
}
