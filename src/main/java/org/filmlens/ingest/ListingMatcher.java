package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names pages from the dump's search listing. Each result is scored against each page by how alike the titles
 * are and by how much of the result's snippet occurs in the page (word trigrams); the best pairs are taken first,
 * each page and each result once. Results that match no page well (pages the scraper did not keep) name nothing.
 */
final class ListingMatcher {
    static final double MIN_SCORE = 0.6;
    static final double SNIPPET_ALONE = 0.8;

    private ListingMatcher() {
    }

    /** Lines whose text is the title of a listed result: they open pages. */
    static List<Integer> titleLines(List<Line> lines, List<ListingEntry> entries) {
        List<Integer> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.listItem() || l.words() > 30) {
                continue;
            }
            for (ListingEntry e : entries) {
                if (titleSimilarity(l.text(), e) >= 0.9) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    static void apply(List<Page> pages, List<ListingEntry> entries) {
        record Pair(int page, int entry, double score) { }
        List<Pair> pairs = new ArrayList<>();
        List<Set<String>> pageGrams = pages.stream().map(p -> trigrams(p.fullText())).toList();
        for (int e = 0; e < entries.size(); e++) {
            ListingEntry entry = entries.get(e);
            Set<String> snippet = trigrams(entry.snippet());
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                double title = page.titleLine == null ? 0 : titleSimilarity(page.titleLine.text(), entry);
                double text = containment(snippet, pageGrams.get(p));
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
                    name(pages.get(pair.page()), entries.get(pair.entry()));
                } else {
                    usedPages.remove(pair.page());
                }
            }
        }
    }

    private static void name(Page page, ListingEntry e) {
        boolean sameTitle = page.titleLine != null
                && Words.normalize(page.titleLine.text()).equals(Words.normalize(e.title()));
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

    /** 1 for the same words, 0.9 when one is a cut-short start of the other, else 0. */
    static double titleSimilarity(String line, ListingEntry e) {
        String a = Words.normalize(line);
        String b = Words.normalize(e.title());
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        if (e.truncated() && b.startsWith(a + " ") && Words.wordCount(a) >= 3) {
            return 0.9;
        }
        return 0;
    }

    static Set<String> trigrams(String text) {
        List<String> t = Words.tokens(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            out.add(t.get(i) + ' ' + t.get(i + 1) + ' ' + t.get(i + 2));
        }
        return out;
    }

    private static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String g : part) {
            if (whole.contains(g)) {
                hits++;
            }
        }
        return (double) hits / part.size();
    }
}
