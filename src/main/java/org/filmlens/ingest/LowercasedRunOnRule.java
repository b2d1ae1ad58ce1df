package org.filmlens.ingest;

/**
 * Lists of other headlines that a scraper flattened into one lower-cased line joined by commas ("sufjan stevens
 * joins ..., grateful dead's phil lesh dead at 84, ..."). Real prose of this length names someone or starts a
 * second sentence, so it has a capital letter after its first character; these lines have none.
 */
final class LowercasedRunOnRule implements LineRule {
    static final int MIN_WORDS = 12;
    /** An author's own summary bullet may be lower-cased too, but it is about the film. */
    static final double MAX_RELATEDNESS = 0.5;

    @Override
    public String name() {
        return "lowercased-run-on";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        String t = line.text();
        if (t.indexOf(", ") < 0 || line.listItem() || line.words() < MIN_WORDS || stats.isTurn(line)
                || t.contains(". ") && Shapes.endsSentence(t)) {
            return false; // sentences, however lower-cased: a review as some users write them ("… this year. i …")
        }
        // a char[], not String.charAt (ADR 14)
        char[] chars = t.toCharArray();
        for (int i = 1; i < chars.length; i++) {
            if (Character.isUpperCase(chars[i])) {
                return false;
            }
        }
        return stats.relatedness(line) < MAX_RELATEDNESS; // checked last: the costliest test
    }
}
