package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * Lays a page's kept lines out as the source's cleaned text and cuts it into passages. Blocks are separated by a
 * blank line; consecutive list items and dialogue lines by a single newline, each after a "• " marker that is
 * not part of the passage. Offsets are recorded while the text is built, so they are exact by construction.
 */
final class PassageBuilder {
    static final int MAX_DECK_WORDS = 25;
    static final int MAX_STANDFIRST_WORDS = 30;
    static final String MARKER = "\u2022 ";
    static final int MIN_DIALOGUE_FOR_QUOTES_PAGE = 3;

    /** The cleaned text and its passages. */
    record Built(String text, List<Passage> passages) { }

    private PassageBuilder() {
    }

    static Built build(String sourceId, Page page, DumpStats stats) {
        return build(sourceId, page, kinds(page, stats));
    }

    /** Builds the page with its passage kinds already known (see {@link #kinds}). */
    static Built build(String sourceId, Page page, List<PassageKind> kinds) {
        StringBuilder text = new StringBuilder();
        List<Passage> passages = new ArrayList<>();
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
            int ordinal = passages.size();
            passages.add(new Passage(sourceId + ".p" + ordinal, sourceId, ordinal, kind, section, start,
                    text.length(), line.text()));
            previous = kind;
        }
        return new Built(text.toString(), passages);
    }

    private static boolean isItem(PassageKind kind) {
        return kind == PassageKind.BULLET || kind == PassageKind.DIALOGUE;
    }

    static List<PassageKind> kinds(Page page, DumpStats stats) {
        List<PassageKind> kinds = new ArrayList<>();
        List<Line> body = page.body;
        long dialogue = body.stream().filter(stats::isDialogue).count();
        for (int k = 0; k < body.size(); k++) {
            Line l = body.get(k);
            PassageKind prev = k == 0 ? null : kinds.get(k - 1);
            boolean last = k == body.size() - 1;
            boolean quotesPage = dialogue >= MIN_DIALOGUE_FOR_QUOTES_PAGE;
            kinds.add(kindOf(l, prev, k == 0 && page.titleLine != null, last, quotesPage, page, stats));
        }
        return kinds;
    }

    private static PassageKind kindOf(Line l, PassageKind prev, boolean firstAfterTitle, boolean last,
                                      boolean quotesPage, Page page, DumpStats stats) {
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
        if (!last && isHeading(t, sentence)) {
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
    static boolean isHeading(String t, boolean sentence) {
        return Shapes.isTitleShaped(t) && Shapes.isTitleCase(t) && (!sentence || t.endsWith("?"));
    }
}
