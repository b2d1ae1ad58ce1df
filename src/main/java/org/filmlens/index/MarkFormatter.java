package org.filmlens.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best sentences into fragments: HTML-escaped text ({@code & < >} only) with each match
 * wrapped in {@code <mark>…</mark>}, so a fragment is safe to render as HTML and its only tags are marks. A short
 * passage is returned whole, as one fragment; a long one as its best sentences, with "…" where text was cut.
 * Produces a {@code List<String>}.
 */
final class MarkFormatter extends PassageFormatter {
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    static final String ELLIPSIS = "\u2026";
    /** Passages up to this length are shown whole. */
    static final int WHOLE_PASSAGE_CHARS = 320;

    @Override
    public Object format(Passage[] passages, String content) {
        if (content.length() <= WHOLE_PASSAGE_CHARS) {
            List<int[]> matches = new ArrayList<>();
            for (Passage p : passages) {
                addMatches(p, matches);
            }
            matches.sort((a, b) -> Integer.compare(a[0], b[0]));
            return List.of(render(content, 0, content.length(), matches));
        }
        List<String> fragments = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            List<int[]> matches = new ArrayList<>();
            addMatches(p, matches);
            int start = skipSpace(content, p.getStartOffset(), p.getEndOffset());
            int end = trimSpace(content, start, p.getEndOffset());
            StringBuilder sb = new StringBuilder();
            if (start > 0) {
                sb.append(ELLIPSIS);
            }
            sb.append(render(content, start, end, matches));
            if (end < content.length()) {
                sb.append(ELLIPSIS);
            }
            fragments.add(sb.toString());
        }
        return fragments;
    }

    private static void addMatches(Passage p, List<int[]> into) {
        for (int i = 0; i < p.getNumMatches(); i++) {
            into.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
        }
    }

    /** content[start, end) with marks; matches are sorted by start and may overlap (then they merge). */
    private static String render(String content, int start, int end, List<int[]> matches) {
        StringBuilder sb = new StringBuilder(end - start + matches.size() * 13);
        int pos = start;
        int i = 0;
        while (i < matches.size()) {
            int mStart = Math.max(matches.get(i)[0], pos);
            int mEnd = Math.min(matches.get(i)[1], end);
            i++;
            while (i < matches.size() && matches.get(i)[0] <= mEnd) {
                mEnd = Math.max(mEnd, Math.min(matches.get(i)[1], end));
                i++;
            }
            if (mStart >= mEnd) {
                continue;
            }
            escape(content, pos, mStart, sb);
            sb.append(OPEN);
            escape(content, mStart, mEnd, sb);
            sb.append(CLOSE);
            pos = mEnd;
        }
        escape(content, pos, end, sb);
        return sb.toString();
    }

    /** Copies the text between the characters to escape in runs, not a character at a time. */
    static void escape(CharSequence s, int from, int to, StringBuilder sb) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>') {
                sb.append(s, run, i).append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
                run = i + 1;
            }
        }
        sb.append(s, run, to);
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
