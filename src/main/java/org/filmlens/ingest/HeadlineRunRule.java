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
    static final int BYLINE_GAP = 2;

    @Override
    public String name() {
        return "headline-run";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        // a headline next to its byline is the page's own, however loosely its words are the dump's
        int[] headlines = Sweeps.candidates(lines.size(), i -> verdicts.isKept(i) && !verdicts.isProtected(i)
                && isLooseHeadline(lines.get(i), stats) && !bylined(lines, verdicts, i));
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
                || !l.titleCase() || t.endsWith(".") || t.endsWith(":") || Shapes.isFilmFact(t)) {
            return false;
        }
        double r = stats.relatedness(l);
        return !Double.isNaN(r) && r < MAX_RELATEDNESS;
    }

    /**
     * A byline right under the line, or a forum's poster above it with at most {@link #BYLINE_GAP} lines of debris
     * between ("Posted by u/name", "11 yr. ago", then the thread's title).
     */
    static boolean bylined(List<Line> lines, Verdicts v, int i) {
        if (i + 1 < v.size() && v.isByline(i + 1)) {
            return true;
        }
        for (int j = i - 1; j >= 0 && j >= i - 1 - BYLINE_GAP; j--) {
            if (v.isByline(j)) {
                return Bylines.isForumPoster(lines.get(j).text()); // above: a forum's; a site's is another story's
            }
            if (!v.isDebris(j)) {
                return false;
            }
        }
        return false;
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
