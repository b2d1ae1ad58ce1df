package org.filmlens.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's footer links to itself: "About Wikipedia", "Contact Wikipedia", "Disclaimers". Such a line names the site
 * whose name heads a page above it ("Wikipedia" alone on its line); left in, it is taken for the next page's title
 * or author. "About Schmidt", a film, names no site of the dump and stays.
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

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        Set<String> seen = new HashSet<>();
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
            // the short lines of the page above, looked through once per footer found (footers are few)
            seen.clear();
            for (int j = Math.max(0, i - PAGE_LINES); j < i; j++) {
                if (lines.get(j).words() <= 3) {
                    seen.add(lines.get(j).normalized());
                }
            }
            if (seen.contains(Words.normalize(m.group(1)))) {
                verdicts.markDebris(i, name());
            }
        }
    }
}
