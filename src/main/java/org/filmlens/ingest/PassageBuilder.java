package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * Lays a page's kept lines out as the source's cleaned text and cuts it into passages. Blocks are separated by a
 * blank line; consecutive list items and dialogue lines by a single newline, each after a "• " marker that is
 * not part of the passage. Offsets are recorded while the text is built, so they are exact by construction. The
 * cuts are made on the reading threads, before the source has its id; {@link Built#passages} names them.
 */
final class PassageBuilder {
    static final int MAX_DECK_WORDS = 25;
    static final int MAX_STANDFIRST_WORDS = 30;
    static final String MARKER = "\u2022 ";
    static final int MIN_DIALOGUE_FOR_QUOTES_PAGE = 3;
    /**
     * A line longer than this (a page scraped as one line, a transcript with no breaks) is cut into passages at
     * sentence ends. A passage is what a search shows, an answer quotes and the reader lays out at once; a
     * paragraph of megabytes held the window for half a minute. Paragraphs of the pages we have seen stay under
     * half of it.
     */
    static final int MAX_PASSAGE_CHARS = 2_000;

    /**
     * One passage of the text, before its source has an id; {@code words} as {@link Line#words()} counts them;
     * {@code continued} when it goes on from the passage before it in one long line.
     */
    record Cut(PassageKind kind, String section, int start, int end, String text, int words, boolean continued) { }

    /** The cleaned text and its passages. */
    record Built(String text, List<Cut> cuts) {
        List<Passage> passages(String sourceId) {
            List<Passage> out = new ArrayList<>(cuts.size());
            for (int ordinal = 0; ordinal < cuts.size(); ordinal++) {
                Cut c = cuts.get(ordinal);
                out.add(new Passage(sourceId + ".p" + ordinal, sourceId, ordinal, c.kind(), c.section(), c.start(),
                        c.end(), c.text()));
            }
            return out;
        }
    }

    private PassageBuilder() {
    }

    static Built build(Page page, DumpStats stats) {
        List<PassageKind> kinds = kinds(page, stats);
        StringBuilder text = new StringBuilder();
        List<Cut> passages = new ArrayList<>(page.body.size());
        String section = null;
        PassageKind previous = null;
        for (int k = 0; k < page.body.size(); k++) {
            Line line = page.body.get(k);
            PassageKind kind = kinds.get(k);
            boolean item = isItem(kind);
            if (text.length() > 0) {
                text.append(item && isItem(previous) ? "\n" : "\n\n");
            }
            if (item) {
                text.append(MARKER);
            }
            if (kind == PassageKind.HEADING) {
                section = line.text();
            }
            int start = text.length();
            text.append(line.text());
            addCuts(passages, kind, section, start, line);
            previous = kind;
        }
        return new Built(text.toString(), passages);
    }

    /**
     * The line as one passage, or cut between sentences into passages of at most {@link #MAX_PASSAGE_CHARS}, of
     * about even length ({@link #kinds} makes such a line a paragraph).
     */
    private static void addCuts(List<Cut> out, PassageKind kind, String section, int start, Line line) {
        String t = line.text();
        if (!isOverLong(line)) {
            out.add(new Cut(kind, section, start, start + t.length(), t, line.words(), false));
            return;
        }
        for (int from = 0; from < t.length(); ) {
            int to = cutPoint(t, from);
            String piece = t.substring(from, to);
            out.add(new Cut(kind, section, start + from, start + to, piece, Line.collapsedWordCount(piece), from > 0));
            from = to < t.length() && t.charAt(to) == ' ' ? to + 1 : to;
        }
    }

    /**
     * Where a passage cut from a long line at {@code from} ends. The rest of the line is shared out evenly among as
     * few passages as can hold it, and the cut is made at the sentence end nearest its share's end: within half a
     * share before it and a quarter after (and the limit), and never so early that the rest would need one passage
     * more. Failing a sentence end, at the last space there; failing that (one word longer than a passage), at the
     * window's end. The line is collapsed: single spaces, none at its ends.
     */
    static int cutPoint(String line, int from) {
        int rest = line.length() - from;
        if (rest <= MAX_PASSAGE_CHARS) {
            return line.length();
        }
        int pieces = (rest + MAX_PASSAGE_CHARS - 1) / MAX_PASSAGE_CHARS;
        int share = (rest + pieces - 1) / pieces;
        int target = from + share;
        int earliest = Math.max(from + share / 2, line.length() - (pieces - 1) * MAX_PASSAGE_CHARS);
        int latest = from + Math.min(MAX_PASSAGE_CHARS, share + share / 4);
        for (int d = 0; target - d >= earliest || target + d <= latest; d++) {
            if (target - d >= earliest && endsSentenceAt(line, from, target - d)) {
                return target - d;
            }
            if (d > 0 && target + d <= latest && endsSentenceAt(line, from, target + d)) {
                return target + d;
            }
        }
        int space = line.lastIndexOf(' ', latest);
        if (space > from) {
            return space;
        }
        return Character.isLowSurrogate(line.charAt(latest)) ? latest - 1 : latest;
    }

    /**
     * Whether the space at {@code i} follows a sentence's end ({@link Shapes#endsSentence}) and precedes a capital,
     * a digit or an opening quote: not "Mr. and", "dir. by" or "3. or".
     */
    private static boolean endsSentenceAt(String line, int from, int i) {
        if (line.charAt(i) != ' ' || i + 1 >= line.length() || !Shapes.endsSentence(line, Math.max(from, i - 3), i)) {
            return false;
        }
        char next = line.charAt(i + 1);
        return Character.isUpperCase(next) || Character.isDigit(next) || "\"'\u201C\u2018(".indexOf(next) >= 0;
    }

    private static boolean isItem(PassageKind kind) {
        return kind == PassageKind.BULLET || kind == PassageKind.DIALOGUE;
    }

    static List<PassageKind> kinds(Page page, DumpStats stats) {
        List<PassageKind> kinds = new ArrayList<>();
        List<Line> body = page.body;
        long dialogue = body.stream().filter(l -> stats.isDialogue(l) && !isOverLong(l)).count();
        for (int k = 0; k < body.size(); k++) {
            Line l = body.get(k);
            PassageKind prev = k == 0 ? null : kinds.get(k - 1);
            boolean last = k == body.size() - 1;
            boolean quotesPage = dialogue >= MIN_DIALOGUE_FOR_QUOTES_PAGE;
            kinds.add(kindOf(l, prev, k == 0 && page.titleLine != null, last, quotesPage, page, stats));
        }
        return kinds;
    }

    /** A line to be cut into several passages: a list item or a line of dialogue that long is neither. */
    private static boolean isOverLong(Line l) {
        return l.text().length() > MAX_PASSAGE_CHARS;
    }

    private static PassageKind kindOf(Line l, PassageKind prev, boolean firstAfterTitle, boolean last,
                                      boolean quotesPage, Page page, DumpStats stats) {
        if (isOverLong(l)) {
            return PassageKind.PARAGRAPH;
        }
        if (stats.isInterviewTurn(l)) {
            return PassageKind.PARAGRAPH; // a question may be shaped like a heading, and is not one
        }
        // on a page of dialogue, a character who speaks once ("Charles : ...") is still a speaker
        if (stats.isDialogue(l) || quotesPage && l.listItem() && l.speaker() != null) {
            return PassageKind.DIALOGUE;
        }
        if (l.listItem()) {
            return PassageKind.BULLET;
        }
        if (page.captions.contains(l)) {
            return PassageKind.PARAGRAPH;
        }
        String t = l.text();
        boolean sentence = Shapes.endsSentence(t);
        if (!last && isHeading(l, sentence) && !l.credited()) { // “Yes, I do.” — Amy ends in a name, not a stop
            return PassageKind.HEADING;
        }
        if (!last && sentence && prev == PassageKind.HEADING && l.words() <= MAX_DECK_WORDS) {
            return PassageKind.DECK;
        }
        if (!last && sentence && firstAfterTitle && l.words() <= MAX_STANDFIRST_WORDS) {
            return PassageKind.DECK;
        }
        return PassageKind.PARAGRAPH;
    }

    /** A short title-case line that does not end like a sentence (a question heading may end with "?"). */
    static boolean isHeading(Line l, boolean sentence) {
        return Shapes.isTitleShaped(l) && l.titleCase() && (!sentence || l.text().endsWith("?"));
    }
}
