package org.filmlens.ingest;

/**
 * Prose is about half function words; keyword lists, tag clouds and glued link text are almost none. A longer
 * line with very few stopwords and little of the film's vocabulary is not something an author wrote as a sentence.
 */
final class StopwordDensityRule implements LineRule {
    static final int MIN_WORDS = 10;
    static final double MAX_STOPWORD_SHARE = 0.12;
    static final double MAX_RELATEDNESS = 0.4;

    @Override
    public String name() {
        return "stopword-density";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        if (line.words() < MIN_WORDS || stats.isTurn(line)) {
            return false;
        }
        Tokens tokens = line.tokens();
        if (tokens.size() == 0) {
            return false;
        }
        long stop = 0;
        for (int k = 0; k < tokens.size(); k++) {
            stop += tokens.isStopword(k) ? 1 : 0;
        }
        if ((double) stop / tokens.size() >= MAX_STOPWORD_SHARE) {
            return false;
        }
        double r = stats.relatedness(line);
        return Double.isNaN(r) || r < MAX_RELATEDNESS;
    }
}
