package org.filmlens.ingest;

/**
 * Lists of other headlines that a scraper flattened into one lower-cased line joined by commas ("sufjan stevens
 * joins ..., grateful dead's phil lesh dead at 84, ..."). Real prose of this length names someone or starts a
 * second sentence, so it has a capital letter after its first character; these lines have none.
 */
final class LowercasedRunOnRule implements LineRule {
    static final int MIN_WORDS = 12;

    @Override
    public String name() {
        return "lowercased-run-on";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        String t = line.text();
        if (line.words() < MIN_WORDS || t.indexOf(", ") < 0 || stats.isDialogue(line)) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
