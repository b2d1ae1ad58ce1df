package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names pages from the dump's search listing. Each result is scored against each page by how alike the titles
 * are and by how much of the result's snippet occurs in the page (word trigrams, {@link SnippetGrams}); the best
 * pairs are taken first, each page and each result once. Results that match no page well (pages the scraper did not keep) name nothing.
 */
final class ListingMatcher {
    static final double MIN_SCORE = 0.6;
    static final double SNIPPET_ALONE = 0.8;
    /** A listed title seen again within this many lines is the same page's, not another page's start. */
    static final int SAME_PAGE_LINES = 12;

    private ListingMatcher() {
    }

    /** Lines whose text is the title of a listed result: they open pages. */
    static List<Integer> titleLines(List<Line> lines, List<ListingEntry> entries) {
        List<Integer> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        String[] titles = normalizedTitles(entries);
        Set<String> firstWords = new HashSet<>();
        for (String t : titles) {
            firstWords.add(t.split(" ", 2)[0]);
        }
        String[] sites = new String[entries.size()];
        for (int e = 0; e < sites.length; e++) {
            String site = entries.get(e).site() == null ? "" : Words.normalize(entries.get(e).site());
            sites[e] = site.isEmpty() ? null : " " + site; // as it ends a line, looked up per line and entry
        }
        int[] lastLine = new int[entries.size()];
        Arrays.fill(lastLine, -1);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.listItem() || l.words() > 30 || !firstWords.contains(firstWord(l))) {
                continue; // a title, whole or cut short, starts with a title's first word
            }
            for (int e = 0; e < entries.size(); e++) {
                if (titleSimilarity(l.normalized(), titles[e], entries.get(e).truncated()) >= 0.9
                        || titleSimilarity(withoutSite(l.normalized(), sites[e]), titles[e], false) == 1) {
                    // the same title again just below (a wiki's infobox under "X - Wikipedia") heads no other page
                    if (lastLine[e] < 0 || i - lastLine[e] > SAME_PAGE_LINES) {
                        out.add(i);
                        lastLine[e] = i; // repeats are counted from the line that opened the page
                    }
                    break;
                }
            }
        }
        return out;
    }

    static void apply(List<Page> pages, List<ListingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        record Pair(int page, int entry, double score) { }
        List<Pair> pairs = new ArrayList<>();
        String[] titles = normalizedTitles(entries);
        SnippetGrams snippets = new SnippetGrams(entries);
        List<BitSet> found = pages.stream().map(snippets::foundIn).toList();
        for (int e = 0; e < entries.size(); e++) {
            ListingEntry entry = entries.get(e);
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                double title = page.titleLine == null ? 0
                        : titleSimilarity(page.titleLine.normalized(), titles[e], entry.truncated());
                double text = snippets.containment(e, found.get(p));
                if (title > 0 || text >= SNIPPET_ALONE) {
                    double score = title + text;
                    if (score >= MIN_SCORE) {
                        pairs.add(new Pair(p, e, score));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::page).thenComparingInt(Pair::entry));
        Set<Integer> usedPages = new HashSet<>();
        Set<Integer> usedEntries = new HashSet<>();
        for (Pair pair : pairs) {
            if (usedPages.add(pair.page())) {
                if (usedEntries.add(pair.entry())) {
                    name(pages.get(pair.page()), entries.get(pair.entry()), titles[pair.entry()]);
                } else {
                    usedPages.remove(pair.page());
                }
            }
        }
    }

    private static void name(Page page, ListingEntry e, String normalizedTitle) {
        boolean sameTitle = page.titleLine != null && page.titleLine.normalized().equals(normalizedTitle);
        if (!e.truncated()) {
            if (page.titleLine != null && !sameTitle) {
                // the page's own first line was a caption, not its title: keep it as text
                page.captions.add(page.titleLine);
                page.body.add(0, page.titleLine);
            }
            page.title = e.title();
        }
        if (e.site() != null && !e.site().endsWith("...") && !e.site().endsWith("\u2026")) {
            page.site = e.site();
        }
        if (page.author == null) {
            page.author = e.author();
        }
    }

    /** The first word of the line's normalised text, without normalising the whole line. */
    private static String firstWord(Line l) {
        Tokens t = l.tokens();
        return t.size() == 0 ? "" : t.get(0).toLowerCase(Locale.ROOT);
    }

    /** The entries' titles, normalised once for all the lines and pages they are compared with. */
    /** "the orchard street job wikipedia" without its site " wikipedia": the browser's title of the page. */
    private static String withoutSite(String line, String spacedSite) {
        return spacedSite == null || !line.endsWith(spacedSite) ? ""
                : line.substring(0, line.length() - spacedSite.length());
    }

    private static String[] normalizedTitles(List<ListingEntry> entries) {
        String[] out = new String[entries.size()];
        for (int e = 0; e < out.length; e++) {
            out[e] = Words.normalize(entries.get(e).title());
        }
        return out;
    }

    /**
     * 1 for the same words, 0.9 when the line is a cut-short start of a truncated title, else 0.
     *
     * @param line  the line's text, normalised
     * @param title the entry's title, normalised
     */
    static double titleSimilarity(String line, String title, boolean truncated) {
        if (line.isEmpty() || title.isEmpty()) {
            return 0;
        }
        if (line.equals(title)) {
            return 1;
        }
        if (truncated && title.length() > line.length() && title.startsWith(line)
                && title.charAt(line.length()) == ' ' && Words.wordCount(line) >= 3) {
            return 0.9;
        }
        return 0;
    }
}
