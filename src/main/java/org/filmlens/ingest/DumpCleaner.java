package org.filmlens.ingest;

import java.util.List;

/**
 * Decides, for every line of a dump, whether it is content, a byline or site debris. Line rules run first (each
 * looks at one line and the dump's statistics), then the rules that look at neighbours. Page titles (named by the
 * search listing, or found by their place between debris and content) are protected from the neighbour rules.
 */
final class DumpCleaner {
    private final List<LineRule> lineRules;
    private final List<ContextRule> listRules = List.of(new ContentsBoxRule(), new SiteFooterRule(), new LinkListRule(),
            new MenuRunRule(), new HeadlineRunRule(), new WidgetTailRule());
    private final List<ContextRule> neighbourRules = List.of(new DebrisSandwichRule(), new PromoBlurbRule());

    DumpCleaner(String filmTitle) {
        lineRules = List.of(new CounterLineRule(), new BareTitleRule(filmTitle), new RepeatedLineRule(),
                new UiChromeRule(), new AccountPromptRule(), new TeaserSnippetRule(), new LowercasedRunOnRule(),
                new UnrelatedHeadlineRule(), new UnrelatedCaptionRule(), new QaChromeRule(), new StopwordDensityRule());
    }

    Verdicts clean(List<Line> lines, DumpStats stats, List<Integer> knownTitles) {
        Verdicts v = new Verdicts(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String author = Bylines.authorOf(lines.get(i), stats);
            // a name over a list ("Elias Brand", then his lines as bullets, as Wikiquote sets them) heads it
            boolean headsList = i + 1 < lines.size() && lines.get(i + 1).listItem()
                    && Bylines.isBareName(lines.get(i));
            if (author != null && !headsList) {
                v.markByline(i, author);
            }
        }
        knownTitles.forEach(v::protect);
        ForumReplies.keep(lines, v);
        VerseBlocks.keep(lines, v);
        for (int i = 0; i < lines.size(); i++) {
            if (stats.isTurn(lines.get(i))) {
                continue; // labelled turns are content whatever their words ("Print...", "I'm popular")
            }
            for (LineRule rule : lineRules) {
                if (rule.isDebris(lines.get(i), stats)) {
                    v.markDebris(i, rule.name());
                    break;
                }
            }
        }
        listRules.forEach(r -> r.apply(lines, v, stats));
        PageSplitter.titles(lines, v, stats).forEach(v::protect);
        neighbourRules.forEach(r -> r.apply(lines, v, stats));
        return v;
    }
}
