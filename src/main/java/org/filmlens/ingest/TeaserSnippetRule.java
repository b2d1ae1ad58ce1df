package org.filmlens.ingest;

/**
 * Teaser snippets of other articles, cut off by the site and then closed by the scraper: they end in doubled
 * terminal punctuation ("…." "survey:." "place..") or carry a joint ".," where two snippets were glued together.
 * Writers end sentences with one mark, or with a real three-dot ellipsis.
 */
final class TeaserSnippetRule implements LineRule {
    @Override
    public String name() {
        return "teaser-snippet";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        if (stats.isDialogue(line)) {
            return false;
        }
        String t = line.text();
        return doubledEnd(t) || t.contains(".,");
    }

    static boolean doubledEnd(String t) {
        int n = t.length();
        if (n < 3 || t.charAt(n - 1) != '.') {
            return false;
        }
        char before = t.charAt(n - 2);
        if (before == '\u2026' || before == ':' || before == ',' || before == ';') {
            return true;
        }
        // exactly two dots: ".." but not the ellipsis "..."
        return before == '.' && t.charAt(n - 3) != '.';
    }
}
