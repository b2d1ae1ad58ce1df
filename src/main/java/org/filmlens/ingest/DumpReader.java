package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scraped text dump into pages: joins the lines of a text wrapped at a fixed width, drops the trailing search
 * listing (keeping its results to name pages), cleans the lines, finds where pages start, reads each page's header,
 * then names pages from the listing.
 */
final class DumpReader {
    /** Everything the reading decided, kept together so that tests can look at each line's verdict. */
    record Parsed(List<Line> lines, Verdicts verdicts, DumpStats stats, List<Page> pages) { }

    private DumpReader() {
    }

    /**
     * A dump, or several dumps one after another in one file (each ending with its search listing, as when dumps
     * are joined): each is read as a dump of its own, with its own vocabulary and listing, as if in files of
     * their own.
     */
    static List<Parsed> readAll(String text, String filmTitle) {
        RawLines raw = RawLines.of(text);
        String unwrapped = WrappedLines.unwrap(text, raw);
        if (unwrapped != text) { // a text wrapped at a fixed width: read as if written a paragraph a line
            text = unwrapped;
            raw = RawLines.of(text);
        }
        List<Integer> ends = SearchListing.endsInside(raw);
        if (ends.isEmpty()) {
            return List.of(read(text, raw, filmTitle));
        }
        List<Parsed> dumps = new ArrayList<>(ends.size() + 1);
        int from = 0;
        for (int end : ends) {
            dumps.add(read(text.substring(raw.start(from), raw.start(end)), filmTitle));
            from = end;
        }
        dumps.add(read(text.substring(raw.start(from)), filmTitle));
        return dumps;
    }

    static Parsed read(String text, String filmTitle) {
        String unwrapped = WrappedLines.unwrap(text, RawLines.of(text));
        return read(unwrapped, RawLines.of(unwrapped), filmTitle);
    }

    private static Parsed read(String text, RawLines raw, String filmTitle) {
        SearchListing listing = SearchListing.find(raw);
        return readLines(ScreenplayBlocks.join(lines(text, raw, listing.start())), filmTitle, listing.entries());
    }

    /**
     * The non-blank lines of the first {@code count} raw lines, scanned in a char[] copy of the dump (Line#parse says
     * why). In a method of its own so that the copy, as large as the dump, is garbage before the cleaning starts.
     */
    private static List<Line> lines(String text, RawLines raw, int count) {
        List<Line> lines = new ArrayList<>();
        char[] chars = text.toCharArray();
        for (int i = 0; i < count; i++) {
            if (!RawLines.isBlank(chars, raw.start(i), raw.end(i))) {
                lines.add(Line.parse(i, text, chars, raw.start(i), raw.end(i)));
            }
        }
        return lines;
    }

    static Parsed readLines(List<Line> lines, String filmTitle, List<ListingEntry> entries) {
        DumpStats stats = new DumpStats(lines, filmTitle);
        List<Integer> titles = ListingMatcher.titleLines(lines, entries);
        Verdicts verdicts = new DumpCleaner(filmTitle).clean(lines, stats, titles);
        List<Integer> starts = PageSplitter.starts(lines, verdicts, stats);
        List<Page> pages = PageAssembler.assemble(lines, verdicts, stats, starts);
        ListingMatcher.apply(pages, entries);
        return new Parsed(lines, verdicts, stats, pages);
    }

    /** Reads one page of HTML: cleaned like a dump, never split, titled from its metadata or its first heading. */
    static Parsed readPage(HtmlReader.HtmlPage html, String filmTitle) {
        List<Line> lines = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < html.lines().size(); i++) {
            if (!html.lines().get(i).isBlank()) {
                Line line = Line.parse(i, html.lines().get(i));
                if (html.headings().contains(i) && !UiChromeRule.isChrome(line)) {
                    headings.add(lines.size()); // not "Related Stories", "Comments", which articles also head
                }
                lines.add(line);
            }
        }
        DumpStats stats = new DumpStats(lines, filmTitle);
        List<Integer> titles = new ArrayList<>();
        String title = html.title() == null ? null : Words.normalize(html.title());
        for (int i = 0; i < lines.size(); i++) {
            if (title != null && lines.get(i).normalized().equals(title)) {
                titles.add(i);
            }
        }
        // the page's title and its article's headings are kept whatever their words
        List<Integer> kept = new ArrayList<>(titles);
        kept.addAll(headings);
        Verdicts verdicts = new DumpCleaner(filmTitle).clean(lines, stats, kept);
        Page page = PageAssembler.single(lines, verdicts, stats);
        page.title = html.title();
        page.site = html.site();
        page.url = html.url();
        if (html.author() != null) {
            page.author = html.author();
        }
        if (!page.body.isEmpty() && (titles.contains(lines.indexOf(page.body.get(0)))
                || page.title == null && Shapes.isTitleShaped(page.body.get(0)))) {
            page.titleLine = page.body.remove(0);
            if (page.title == null) {
                page.title = page.titleLine.text();
            }
        }
        List<Page> pages = page.body.isEmpty() ? List.of() : List.of(page);
        return new Parsed(lines, verdicts, stats, pages);
    }

    /** Splits on \n, \r\n and \r without a regex. */
    static List<String> splitLines(String text) {
        return new ArrayList<>(RawLines.of(text));
    }
}
