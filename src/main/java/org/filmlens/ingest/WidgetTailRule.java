package org.filmlens.ingest;

import java.util.List;

/**
 * A widget heading ("Most Read", "Recommended Reading") is followed by teasers of other stories, some of them
 * whole sentences ("Pop singer X and actor Y were photographed ..."). After such a heading, longer lines that
 * name none of the film's people and not its title belong to the widget, until the text comes back to the film.
 */
final class WidgetTailRule implements ContextRule {
    static final int WINDOW = 8;
    static final int MIN_WORDS = 12;

    @Override
    public String name() {
        return "widget-tail";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        for (int h = 0; h < lines.size(); h++) {
            if (!UiChromeRule.NAME.equals(verdicts.reason(h))) {
                continue;
            }
            for (int i = h + 1; i < lines.size() && i <= h + WINDOW; i++) {
                if (verdicts.isProtected(i)) {
                    break;
                }
                if (!verdicts.isKept(i) || lines.get(i).words() < MIN_WORDS) {
                    continue;
                }
                if (stats.namesTheFilm(lines.get(i)) || stats.isTurn(lines.get(i))) {
                    break; // back to the film, or its lines: a quotes page's first lines under the site's menu
                }
                verdicts.markDebris(i, name());
            }
        }
    }
}
