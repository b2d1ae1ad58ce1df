package org.filmlens.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's footer links to itself: "About Wikipedia", "Contact Wikipedia". Such a line names the site whose name
 * heads a page above it ("Wikipedia" alone on its line, and after the page's title: "X - Wikipedia"); left in, it is
 * taken for the next page's title or author. "About Schmidt", a film, or "About Corin Vale", a section on a
 * character named in a cast list above, names no site and stays.
 */
final class SiteFooterRule implements ContextRule {
    private static final Pattern SELF_LINK =
            Pattern.compile("(?:About|Contact|Contact us at|Donate to|Support) (.{2,40})");
    /** How far above the footer the site's name is sought: one page. */
    private static final int PAGE_LINES = 400;

    @Override
    public String name() {
        return "site-footer";
    }

    /** "The Orchard Street Job - Wikipedia": the site after a dash, a bar or a dot that ends a page's title. */
    private static boolean endsWithSeparatedSite(String text, String site) {
        String t = text.strip();
        if (!t.endsWith(site)) {
            return false;
        }
        String before = t.substring(0, t.length() - site.length()).stripTrailing();
        return !before.isEmpty() && "-–—|·".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            char first = l.text().isEmpty() ? ' ' : l.text().charAt(0);
            if (l.words() > 6 || "ACDS".indexOf(first) < 0 || !verdicts.isKept(i) || verdicts.isProtected(i)) {
                continue; // most lines fail on their first letter, before the pattern is asked
            }
            Matcher m = SELF_LINK.matcher(l.text());
            if (!m.matches()) {
                continue;
            }
            // the site's name alone on a line above, and after the page's title ("X - Wikipedia"): looked for once
            // per footer found (footers are few)
            String site = Words.normalize(m.group(1));
            boolean alone = false;
            boolean afterTitle = false;
            for (int j = Math.max(0, i - PAGE_LINES); j < i && !(alone && afterTitle); j++) {
                String n = lines.get(j).normalized();
                alone |= n.equals(site);
                afterTitle |= n.length() > site.length() && n.endsWith(" " + site)
                        && endsWithSeparatedSite(lines.get(j).text(), m.group(1).strip());
            }
            if (alone && afterTitle) {
                verdicts.markDebris(i, name());
            }
        }
    }
}
