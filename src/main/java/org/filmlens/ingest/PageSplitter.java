package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where pages start in a cleaned dump. A page starts at a line the search listing names as a page title; at
 * the line that opens the file when it is title-shaped or a site's address ("r/movies"); or at a title-shaped line
 * that follows a stretch of debris (the previous page's footer, this page's toolbar), is about the film and is
 * followed by body text soon. Two starts with no body text between them are one page: the first one opens it (a
 * site name above the title, a promoted headline under it).
 */
final class PageSplitter {
    static final int MIN_DEBRIS_BEFORE = 2;
    static final int BODY_WINDOW = 16;
    static final int BODY_WORDS = 15;
    static final int MIN_BODY_AFTER_TITLE = 2;
    /** A page in a dump about the film has a title about the film; a teaser block inside a page does not. */
    static final double MIN_TITLE_RELATEDNESS = 0.5;
    /** A headline right over its byline needs fewer of the dump's words: the byline says what it is. */
    static final double MIN_BYLINED_TITLE_RELATEDNESS = 0.25;

    private PageSplitter() {
    }

    /** Indices of the lines that open pages, in order. */
    static List<Integer> starts(List<Line> lines, Verdicts v, DumpStats stats) {
        List<Integer> kept = new ArrayList<>();
        scan(lines, v, stats, kept, new ArrayList<>());
        return kept;
    }

    /**
     * The lines that open pages and the headlines that come under a site's name with only debris between (the
     * site's menu: "ScreenFeed", …, "Halcyon Drift Ending Explained: …"). Neither may be taken for debris by its
     * neighbours. (A headline under a kept title is another story's, promoted.)
     */
    static List<Integer> titles(List<Line> lines, Verdicts v, DumpStats stats) {
        List<Integer> all = new ArrayList<>();
        scan(lines, v, stats, all, all);
        return all;
    }

    private static void scan(List<Line> lines, Verdicts v, DumpStats stats, List<Integer> starts,
                             List<Integer> joined) {
        int lastKept = -1;
        int first = firstKept(v);
        for (int i = 0; i < lines.size(); i++) {
            if (!isCandidate(lines, v, stats, i, first)) {
                continue;
            }
            if (lastKept < 0 || bodyBetween(lines, v, stats, lastKept + 1, i)) {
                starts.add(i);
                lastKept = i;
            } else if (PageAssembler.isSiteName(lines.get(lastKept)) && nothingKeptBetween(v, lastKept + 1, i)) {
                joined.add(i); // the same list as starts when both are asked for
            }
        }
    }

    private static boolean isCandidate(List<Line> lines, Verdicts v, DumpStats stats, int i, int first) {
        if (!v.isKept(i) || lines.get(i).listItem() || stats.isTurn(lines.get(i))) {
            return false;
        }
        if (v.isProtected(i)) {
            return true;
        }
        if (PageAssembler.isSiteAddress(lines.get(i).text())) {
            // "r/movies", "letterboxd.com": a site in lower case above the file's first title, or above the next
            // page's after the last one's footer
            return i == first || lines.get(i).text().contains(".") && debrisBefore(lines, v, i)
                    && bodyFollows(lines, v, stats, i); // "r/MovieDetails" in a thread is a reply, not a page
        }
        if (!Shapes.isTitleShaped(lines.get(i)) || Shapes.isFilmFact(lines.get(i).text())) {
            return false; // "Directed by …" under a title is the infobox, not another page's title
        }
        if (i == first) {
            return lines.get(i).words() < 2 * BODY_WORDS; // a thread's title may run long ("[Discussion] … or not?")
        }
        if (lines.get(i).words() >= BODY_WORDS) {
            return false;
        }
        double r = stats.relatedness(lines.get(i));
        boolean overByline = i + 1 < lines.size() && v.isByline(i + 1); // a headline, by its author
        return (r >= MIN_TITLE_RELATEDNESS || overByline && r >= MIN_BYLINED_TITLE_RELATEDNESS)
                && debrisBefore(lines, v, i) && bodyFollows(lines, v, stats, i);
    }

    private static int firstKept(Verdicts v) {
        for (int j = 0; j < v.size(); j++) {
            if (v.isKept(j)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The line opens the file, or enough debris separates it from the last kept line. An advertisement's break in
     * the middle of an article ("Advertisement", "Scroll to continue with content") or a wiki's contents box is not
     * a page's end: the heading after it goes on with the same page.
     */
    private static boolean debrisBefore(List<Line> lines, Verdicts v, int i) {
        int debris = 0;
        boolean furnitureOnly = true;
        for (int j = i - 1; j >= 0; j--) {
            if (v.isDebris(j)) {
                debris++;
                furnitureOnly &= isAdBreak(lines.get(j)) || ContentsBoxRule.NAME.equals(v.reason(j))
                        || ContentsBoxRule.isBoxWord(lines.get(j));
            } else if (!v.isByline(j)) {
                return debris >= MIN_DEBRIS_BEFORE && !furnitureOnly;
            }
        }
        return true;
    }

    /** The lines a site sets between two paragraphs of an article for an advertisement. */
    private static final Set<String> AD_BREAKS = Set.of("advertisement", "advertisements", "ad", "ads",
            "sponsored", "sponsored content", "scroll to continue with content", "scroll to continue reading",
            "continue reading below", "story continues below advertisement", "article continues below advertisement",
            "article continues below", "story continues below", "content continues below", "ad feedback",
            "report this ad", "remove ads");

    private static boolean isAdBreak(Line line) {
        return line.words() <= 6 && AD_BREAKS.contains(line.normalized());
    }

    /** A page's title is followed, soon, by at least two lines of body text. */
    private static boolean bodyFollows(List<Line> lines, Verdicts v, DumpStats stats, int i) {
        int body = 0;
        for (int j = i + 1; j < lines.size() && j <= i + BODY_WINDOW; j++) {
            if (isBody(lines, v, stats, j) && ++body >= MIN_BODY_AFTER_TITLE) {
                return true;
            }
        }
        return false;
    }

    private static boolean nothingKeptBetween(Verdicts v, int from, int to) {
        for (int j = from; j < to; j++) {
            if (v.isKept(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bodyBetween(List<Line> lines, Verdicts v, DumpStats stats, int from, int to) {
        for (int j = from; j < to; j++) {
            if (isBody(lines, v, stats, j)) {
                return true;
            }
        }
        return false;
    }

    /** Text that belongs to a page's body: a longer kept line, or a labelled turn (dialogue, an interview's). */
    static boolean isBody(List<Line> lines, Verdicts v, DumpStats stats, int j) {
        return v.isKept(j) && !v.isProtected(j) && (lines.get(j).words() >= BODY_WORDS || stats.isTurn(lines.get(j))
                || (lines.get(j).listItem() && Shapes.endsSentence(lines.get(j).text())));
    }
}
