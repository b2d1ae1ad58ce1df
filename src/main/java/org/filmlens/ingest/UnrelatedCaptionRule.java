package org.filmlens.ingest;

/**
 * Image alt text and captions of other stories' pictures ("Someone laying on the ground in front of a laundry
 * machine"): a phrase in sentence case with no closing punctuation that says nothing about the film. Captions of
 * the film's own stills name its people or its title and are kept. Questions of other threads ("Why does my
 * sourdough starter smell ...?") have the same shape with a question mark.
 */
final class UnrelatedCaptionRule implements LineRule {
    static final int MIN_WORDS = 4;
    static final int MAX_WORDS = 25;
    static final double MAX_RELATEDNESS = 0.34;

    @Override
    public String name() {
        return "unrelated-caption";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        String t = line.text();
        if (line.words() < MIN_WORDS || line.words() > MAX_WORDS || line.listItem() || stats.isTurn(line)
                || Shapes.endsSentence(t) && !t.endsWith("?") || line.titleCase() || Shapes.isFilmFact(t)) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == ';' || last == ',') {
            return false; // a lead-in to what follows, written by the author
        }
        double r = stats.relatedness(line);
        return !Double.isNaN(r) && r < MAX_RELATEDNESS;
    }
}
