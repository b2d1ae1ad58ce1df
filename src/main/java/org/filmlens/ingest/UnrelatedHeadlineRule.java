package org.filmlens.ingest;

/**
 * Headlines of other stories (trending, recommended, "people are reading"): title-case lines whose content words
 * hardly overlap the film's vocabulary. Section headings of an article about the film name its people, its title
 * or its themes, which recur through the dump; a question over the prose that answers it ("Was It All A Dream?") is a
 * section's heading whatever its words.
 */
final class UnrelatedHeadlineRule implements LineRule {
    static final int MIN_WORDS = 4;
    static final int MAX_WORDS = 30;
    static final double MAX_RELATEDNESS = 0.25;

    @Override
    public String name() {
        return "unrelated-headline";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        String t = line.text();
        if (line.words() < MIN_WORDS || line.words() > MAX_WORDS || stats.isTurn(line)
                || !line.titleCase() || Shapes.endsSentence(t) && !t.endsWith("?") || stats.headsProse(line)
                || Shapes.isFilmFact(t)) {
            return false;
        }
        double r = stats.relatedness(line);
        return !Double.isNaN(r) && r < MAX_RELATEDNESS;
    }
}
