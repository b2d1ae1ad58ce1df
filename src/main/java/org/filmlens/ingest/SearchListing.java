package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The search-results listing some scrapers append to a dump: upper-case section labels (IMAGES, VIDEO, COMMENTS)
 * followed only by numbered results and indented snippets, up to the end of the dump (the file's end, or where the
 * next of several joined dumps starts, {@link #endsInside}). It is not a page; its
 * results that carry a real snippet name the pages of the dump.
 *
 * @param start   index of the first line of the listing, or the number of lines when there is none
 * @param entries results whose snippet is long enough to recognise a page by
 */
record SearchListing(int start, List<ListingEntry> entries) {
    static final int SNIPPET_INDENT = 4;
    static final int MIN_SNIPPET_WORDS = 8;
    /** A listing inside a file ends one dump of several: at least this many results, each with its snippet. */
    static final int MIN_RESULTS_INSIDE = 3;
    static final int MAX_LABEL_CHARS = 24;

    static SearchListing find(List<String> raw) {
        int n = raw.size();
        int start = n;
        boolean sawEntry = false;
        for (int i = n - 1; i >= 0; i--) {
            String r = raw.get(i);
            String t = r.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (isCapsLabel(r)) {
                start = i;
            } else if (numberedText(t) != null) {
                sawEntry = true;
            } else if (indent(r) < SNIPPET_INDENT) {
                break;
            }
        }
        if (start == n || !sawEntry) {
            return new SearchListing(n, List.of());
        }
        return new SearchListing(start, parseEntries(raw, start));
    }

    /**
     * Where a file made of several dumps one after another (each ending with its listing) goes on after a listing:
     * for each listing with more text after it, the index of the first line after its last result. A listing starts
     * at an upper-case label, holds nothing but labels, numbered results and indented snippets, and has at least
     * {@link #MIN_RESULTS_INSIDE} results with a snippet long enough to name a page. Empty for a dump with at most
     * one listing, at its end.
     */
    static List<Integer> endsInside(RawLines raw) {
        List<Integer> ends = new ArrayList<>();
        int n = raw.size();
        int i = 0;
        while (i < n) {
            // most lines are prose: a label is short and starts with a capital, which the line's first character shows
            if (!Character.isUpperCase(raw.firstChar(i)) || raw.end(i) - raw.start(i) > 2 * MAX_LABEL_CHARS
                    || !isCapsLabel(raw.get(i))) {
                i++;
                continue;
            }
            int last = -1; // the listing's last result or snippet line
            boolean inResult = false; // a snippet belongs to a result: indented text after a label is the next dump's
            int j = i;
            for (; j < n; j++) {
                String r = raw.get(j);
                String t = r.trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (isCapsLabel(r)) {
                    inResult = false;
                    continue;
                }
                if (numberedText(t) != null) {
                    inResult = true;
                } else if (!inResult || indent(r) < SNIPPET_INDENT) {
                    break;
                }
                last = j;
            }
            if (j < n && last >= 0 && parseEntries(raw.subList(i, last + 1), 0).size() >= MIN_RESULTS_INSIDE) {
                ends.add(last + 1);
            }
            i = j; // past line i, a label
        }
        return ends;
    }

    private static List<ListingEntry> parseEntries(List<String> raw, int start) {
        List<ListingEntry> entries = new ArrayList<>();
        String heading = null;
        StringBuilder snippet = new StringBuilder();
        for (int i = start; i <= raw.size(); i++) {
            String r = i < raw.size() ? raw.get(i) : "";
            String t = r.trim();
            String numbered = i < raw.size() ? numberedText(t) : null;
            boolean boundary = i == raw.size() || numbered != null || isCapsLabel(r);
            if (boundary && heading != null) {
                String s = Line.collapse(snippet.toString());
                if (Words.wordCount(s) >= MIN_SNIPPET_WORDS) {
                    entries.add(ListingEntry.parse(heading, s));
                }
                heading = null;
                snippet.setLength(0);
            }
            if (numbered != null) {
                heading = numbered;
            } else if (heading != null && !t.isEmpty()) {
                snippet.append(t).append(' ');
            }
        }
        return entries;
    }

    static boolean isCapsLabel(String raw) {
        String t = raw.trim();
        if (indent(raw) > 0 || t.length() < 3 || t.length() > MAX_LABEL_CHARS) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isUpperCase(c) || c == ' ' || c == '&')) {
                return false;
            }
        }
        return true;
    }

    /** The text after "12. " when the line is a numbered result, else null. */
    static String numberedText(String t) {
        int d = 0;
        while (d < t.length() && d < 3 && Character.isDigit(t.charAt(d))) {
            d++;
        }
        if (d > 0 && d + 1 < t.length() && t.charAt(d) == '.' && t.charAt(d + 1) == ' ') {
            return t.substring(d + 2).trim();
        }
        return null;
    }

    static int indent(String raw) {
        int i = 0;
        while (i < raw.length() && raw.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
