package org.filmlens.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one-sentence blurb a site prints under a promoted headline ("X's 10 Best Characters, Ranked" ... "X is
 * known for playing complex roles ..."), often further down the article than the headline. It shares most of
 * its names and topic words with a nearby debris headline; the article's own sentences do not.
 */
final class PromoBlurbRule implements ContextRule {
    static final int WINDOW = 10;
    static final int MAX_WORDS = 40;
    static final int MIN_SHARED = 3;
    static final double MIN_SHARED_SHARE = 0.4;

    @Override
    public String name() {
        return "promo-blurb";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!verdicts.isKept(i) || verdicts.isProtected(i) || l.listItem() || l.words() > MAX_WORDS
                    || stats.isTurn(l)) {
                continue;
            }
            Set<String> stems = null;
            for (int j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
                Line h = lines.get(j);
                if (!verdicts.isDebris(j) || h.words() < 4 || !Shapes.isTitleShaped(h)) {
                    continue;
                }
                stems = stems != null ? stems : prefixes(stats.contentStems(l));
                if (echoes(stems, prefixes(stats.contentStems(h)))) {
                    verdicts.markDebris(i, name());
                    break;
                }
            }
        }
    }

    private static boolean echoes(Set<String> blurb, Set<String> headline) {
        if (headline.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String s : headline) {
            if (blurb.contains(s)) {
                shared++;
            }
        }
        return shared >= MIN_SHARED && shared >= MIN_SHARED_SHARE * headline.size();
    }

    /** First six letters of each word: "villainous" meets "villains" without a real stemmer. */
    private static Set<String> prefixes(List<String> stems) {
        Set<String> out = new HashSet<>();
        for (String s : stems) {
            if (Words.hasLetter(s)) {
                out.add(s.length() > 6 ? s.substring(0, 6) : s);
            }
        }
        return out;
    }
}
