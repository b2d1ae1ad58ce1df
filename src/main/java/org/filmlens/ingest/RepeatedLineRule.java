package org.filmlens.ingest;

import org.filmlens.corpus.text.CreditedLine;
import org.filmlens.corpus.text.EditorialLabels;

/**
 * Short lines that occur more than once in a dump are site chrome: status toasts ("changes saved"), image alt text
 * that repeats the search query, related-article titles printed twice (link text and image caption). Authors
 * rarely repeat a short line verbatim; dialogue lines are exempt because quotes pages legitimately repeat "Yes.",
 * and so are question headings over prose, which two explainers may word alike. So are a film's lines and credits
 * that two pages print alike: a labelled line ("Lena: You were my exit.") or a credited one on two quotes pages,
 * and a cast list ("Imogen Sato as Nora Vale") on two wikis.
 */
final class RepeatedLineRule implements LineRule {
    static final int MAX_WORDS = 25;

    @Override
    public String name() {
        return "repeated";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        return line.words() <= MAX_WORDS && !stats.isTurn(line) && stats.occurrences(line) >= 2
                && !(line.titleCase() && stats.headsProse(line)) && !isSpokenLine(line)
                && !Shapes.isFilmFact(line.text());
    }

    /** A character's line, labelled or credited, whose words are said as a sentence (not “Argo” — Scene By Scene). */
    private static boolean isSpokenLine(Line line) {
        String t = line.text();
        if (line.speaker() != null) {
            return EditorialLabels.spokenSentence(t.substring(t.indexOf(':') + 1).strip());
        }
        return line.credited() && CreditedLine.parse(t)
                .map(c -> EditorialLabels.spokenSentence(t.substring(c.spokenStart(), c.spokenEnd()).strip()))
                .orElse(false);
    }
}
