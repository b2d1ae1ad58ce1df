package org.filmlens.ingest;

import java.util.List;

/**
 * Song lyrics and verse as a page gives them: stanzas of short lines with no blank line between them ("Salt upon
 * the window / Fog upon the stair / …"), each in sentence case, a chorus repeated. Line by line they look like image
 * captions or a repeated widget, so a stanza is kept whole, whatever the rules say of its lines. A menu's items are
 * shorter and capitalised; a list of other stories' headlines is in title case; prose wraps at longer lines.
 */
final class VerseBlocks {
    static final int MIN_LINES = 4;
    static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 9;
    static final double MIN_MEAN_WORDS = 3.5;

    private VerseBlocks() {
    }

    static void keep(List<Line> lines, Verdicts v) {
        AdjacentRuns.forEach(lines, VerseBlocks::isVerseLine, MIN_LINES, (from, to) -> {
            if (fewSentenceEnds(lines, from, to) && meanWords(lines, from, to) >= MIN_MEAN_WORDS) {
                for (int k = from; k < to; k++) {
                    v.keep(k);
                }
            }
        });
    }

    private static boolean isVerseLine(Line l) {
        return l.words() >= MIN_WORDS && l.words() <= MAX_WORDS && !l.listItem() && !l.titleCase()
                && l.speaker() == null && Character.isUpperCase(l.text().codePointAt(0)) && !UiChromeRule.isChrome(l)
                && !l.text().toLowerCase(java.util.Locale.ROOT).contains("cookie"); // a banner's buttons
    }

    /** A sung line has a few words; a menu in sentence case ("Main menu", "Random article") has two or so. */
    private static double meanWords(List<Line> lines, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            words += lines.get(k).words();
        }
        return (double) words / (to - from);
    }

    /** Verse rarely ends its lines as sentences; a short paragraph broken into lines does. */
    private static boolean fewSentenceEnds(List<Line> lines, int from, int to) {
        int ends = 0;
        for (int k = from; k < to; k++) {
            ends += lines.get(k).text().endsWith(".") ? 1 : 0;
        }
        return ends * 2 < to - from;
    }
}
