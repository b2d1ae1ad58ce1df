package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a cleaned dump into pages at the starts the splitter found and reads each page's header: the lines before
 * its body give the site (a short name above the title, or a short name under the byline), the title and the
 * author (the first byline anywhere in the page, since some sites sign at the end).
 */
final class PageAssembler {
    static final int MAX_SITE_WORDS = 5;

    private PageAssembler() {
    }

    static List<Page> assemble(List<Line> lines, Verdicts v, DumpStats stats, List<Integer> starts) {
        List<Page> pages = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>();
        if (starts.isEmpty() || starts.get(0) > 0) {
            bounds.add(0);
        }
        bounds.addAll(starts);
        for (int k = 0; k < bounds.size(); k++) {
            int from = bounds.get(k);
            int to = k + 1 < bounds.size() ? bounds.get(k + 1) : lines.size();
            boolean titled = starts.contains(from);
            Page page = read(lines, v, stats, from, to, titled);
            if (!page.body.isEmpty()) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** The whole of a single-page file (an HTML page) as one page; its title comes from elsewhere. */
    static Page single(List<Line> lines, Verdicts v, DumpStats stats) {
        return read(lines, v, stats, 0, lines.size(), false);
    }

    private static Page read(List<Line> lines, Verdicts v, DumpStats stats, int from, int to, boolean titled) {
        Page page = new Page();
        for (int i = from; i < to && page.author == null; i++) {
            if (v.isByline(i)) {
                page.author = v.author(i);
            }
        }
        int i = from;
        if (titled) {
            List<Integer> header = new ArrayList<>();
            List<Boolean> afterByline = new ArrayList<>();
            boolean bylineSeen = false;
            for (int j = from; j < to && !PageSplitter.isBody(lines, v, stats, j); j++) {
                if (v.isByline(j)) {
                    bylineSeen = true;
                } else if (v.isKept(j)) {
                    header.add(j);
                    afterByline.add(bylineSeen);
                }
                i = j + 1;
            }
            int h = 0;
            if (header.size() >= 2 && isSiteName(lines.get(header.get(0))) && !afterByline.get(1)) {
                page.site = lines.get(header.get(0)).text();
                h = 1;
            }
            if (h < header.size()) {
                page.titleLine = lines.get(header.get(h));
                page.title = page.titleLine.text();
                h++;
            }
            for (; h < header.size(); h++) {
                Line l = lines.get(header.get(h));
                if (page.site == null && afterByline.get(h) && isSiteName(l)) {
                    page.site = l.text();
                } else {
                    page.body.add(l);
                }
            }
        }
        for (; i < to; i++) {
            if (v.isKept(i)) {
                page.body.add(lines.get(i));
            }
        }
        return page;
    }

    /** A publication's name: a few capitalised words, no sentence punctuation. */
    static boolean isSiteName(Line l) {
        return !l.listItem() && l.words() <= MAX_SITE_WORDS && Shapes.isTitleShaped(l.text())
                && Shapes.isTitleCase(l.text()) && !l.text().endsWith("?");
    }
}
