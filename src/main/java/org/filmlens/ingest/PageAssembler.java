package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a cleaned dump into pages at the starts the splitter found and reads each page's header: the lines before
 * its body give the site (a short name above the title, a short name under the byline, or a site's address alone),
 * the title and the author (the first byline anywhere in the page, since some sites sign at the end).
 */
final class PageAssembler {
    /**
     * "letterboxd.com", "www.imdb.com", "r/movies": a site named by its address (with a common top-level domain, so
     * that "index.html" or "her.2013.1080p.mkv" is none) or a subreddit.
     */
    private static final Pattern SITE_ADDRESS = Pattern.compile(
            "(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|co|uk|io|tv|fm|me|us|ca|au|nz|ie|de|fr|it|es"
                    + "|nl|se|no|dk|in|info|blog|news|film|movie|review|media)|r/[A-Za-z0-9_]{2,30}");

    static final int MAX_SITE_WORDS = 5;
    static final int SITE_LOOKBACK = 3;
    /** Rules that may have mistaken a site's name for another story's headline. */
    static final Set<String> HEADLINE_RULES = Set.of("unrelated-headline", "headline-run", "between-debris");

    private PageAssembler() {
    }

    static List<Page> assemble(List<Line> lines, Verdicts v, DumpStats stats, List<Integer> starts) {
        List<Page> pages = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>();
        if (starts.isEmpty() || starts.get(0) > 0) {
            bounds.add(0);
        }
        bounds.addAll(starts);
        Set<Integer> titled = new HashSet<>(starts);
        Map<Integer, Integer> siteLines = new HashMap<>();
        for (int s : starts) {
            int site = siteLineAbove(lines, v, s);
            if (site >= 0) {
                siteLines.put(s, site);
            }
        }
        Set<Integer> consumed = new HashSet<>(siteLines.values());
        for (int k = 0; k < bounds.size(); k++) {
            int from = bounds.get(k);
            int to = k + 1 < bounds.size() ? bounds.get(k + 1) : lines.size();
            Page page = read(lines, v, stats, from, to, titled.contains(from), consumed);
            if (siteLines.containsKey(from) && page.site == null) {
                page.site = lines.get(siteLines.get(from)).text();
            }
            if (page.author == null && titled.contains(from)) {
                page.author = bylineAbove(v, from, consumed); // a forum names the poster above the thread's title
            }
            if (!page.body.isEmpty()) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** The whole of a single-page file (an HTML page) as one page; its title comes from elsewhere. */
    static Page single(List<Line> lines, Verdicts v, DumpStats stats) {
        return read(lines, v, stats, 0, lines.size(), false, Set.of());
    }

    /**
     * The publication's name printed just above a page's title ("IMDb", "Frame Theory"), possibly with the page's
     * toolbar between them; it may have been taken for a byline or a stray headline. -1 when there is none.
     */
    static int siteLineAbove(List<Line> lines, Verdicts v, int start) {
        for (int j = start - 1; j >= 0 && j >= start - SITE_LOOKBACK; j--) {
            Line l = lines.get(j);
            boolean headlineDebris = j == start - 1 && v.isDebris(j) && HEADLINE_RULES.contains(v.reason(j));
            if (v.isKept(j) || v.isByline(j) || headlineDebris) {
                return isSiteName(l) && !Bylines.isHandle(l.text()) && !l.text().startsWith("By ") ? j : -1;
            }
        }
        return -1;
    }

    /** The author of a byline just above a page's title, with only debris between; null when there is none. */
    private static String bylineAbove(Verdicts v, int start, Set<Integer> sites) {
        for (int j = start - 1; j >= 0 && j >= start - SITE_LOOKBACK; j--) {
            if (sites.contains(j)) {
                return null; // the site's name above its title, taken for a person's
            }
            if (v.isByline(j)) {
                return v.author(j);
            }
            if (v.isKept(j)) {
                return null;
            }
        }
        return null;
    }

    private static Page read(List<Line> lines, Verdicts v, DumpStats stats, int from, int to, boolean titled,
                             Set<Integer> consumed) {
        Page page = new Page();
        for (int i = from; i < to; i++) {
            if (page.author == null && v.isByline(i) && !consumed.contains(i)) {
                page.author = v.author(i);
            }
            if (KindClassifier.isQaCue(lines.get(i).tokens())) {
                page.qaCues++;
            }
        }
        int i = from;
        if (titled) {
            List<Integer> header = new ArrayList<>();
            List<Boolean> afterByline = new ArrayList<>();
            boolean bylineSeen = false;
            for (int j = from; j < to && (j == from || inHeader(lines, v, stats, j, header)); j++) {
                if (v.isByline(j)) {
                    bylineSeen = true;
                } else if (v.isKept(j)) {
                    header.add(j);
                    afterByline.add(bylineSeen);
                }
                i = j + 1;
            }
            int h = 0;
            if (header.size() >= 2 && isSiteName(lines.get(header.get(0))) && !afterByline.get(1)
                    || header.size() == 1 && isSiteAddress(lines.get(header.get(0)).text())) {
                page.site = lines.get(header.get(0)).text(); // an address alone names the site, not the page
                h = 1;
            }
            // a kicker over the headline ("Explainers", "Film Review"): the headline is the title
            while (h + 1 < header.size() && !afterByline.get(h + 1) && lines.get(header.get(h)).words() <= 2
                    && isHeadline(lines.get(header.get(h + 1)), stats)) {
                h++;
            }
            if (h < header.size()) {
                page.titleLine = lines.get(header.get(h));
                page.title = page.titleLine.text();
                h++;
            }
            for (; h < header.size(); h++) {
                Line l = lines.get(header.get(h));
                if (afterByline.get(h) && isSiteName(l)) {
                    if (page.site == null) {
                        page.site = l.text(); // the publication's name under the byline
                    }
                } else {
                    page.body.add(l);
                }
            }
        }
        for (; i < to; i++) {
            if (v.isKept(i) && !consumed.contains(i)) {
                page.body.add(lines.get(i));
            }
        }
        return page;
    }

    /**
     * A publication's name: a few capitalised words, no sentence punctuation; or a site's address or a forum's name
     * as written in lower case ("letterboxd.com", "r/movies").
     */
    static boolean isSiteName(Line l) {
        return !l.listItem() && (l.words() <= MAX_SITE_WORDS && Shapes.isTitleShaped(l) && l.titleCase()
                && !l.text().endsWith("?") || isSiteAddress(l.text()));
    }

    /**
     * Whether a line after a page's first still heads it: no body text and no film fact ("Directed by …"), or a
     * long title under the site's name (the first line itself is header however long).
     */
    private static boolean inHeader(List<Line> lines, Verdicts v, DumpStats stats, int j, List<Integer> header) {
        if (!PageSplitter.isBody(lines, v, stats, j)) {
            return !Shapes.isFilmFact(lines.get(j).text());
        }
        return header.size() == 1 && isSiteName(lines.get(header.get(0))) && longTitle(lines.get(j));
    }

    /** A title as long as a sentence, as forums' threads have ("[Discussion] … did Elias wake up or not?"). */
    private static boolean longTitle(Line l) {
        return Shapes.isTitleShaped(l) && l.words() < 2 * PageSplitter.BODY_WORDS && !l.listItem();
    }

    /** A headline about the film: a few title-shaped words that the dump's vocabulary mostly shares, if known. */
    private static boolean isHeadline(Line l, DumpStats stats) {
        double r = stats.relatedness(l); // NaN: too little text to know the film's vocabulary
        return l.words() >= 3 && Shapes.isTitleShaped(l)
                && (Double.isNaN(r) || r >= PageSplitter.MIN_TITLE_RELATEDNESS);
    }

    static boolean isSiteAddress(String text) {
        return text.length() <= 40 && SITE_ADDRESS.matcher(text).matches();
    }
}
