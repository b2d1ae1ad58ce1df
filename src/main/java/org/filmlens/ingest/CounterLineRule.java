package org.filmlens.ingest;

/** A line of only digits and punctuation ("3", "4 comments" minus its label) is a counter or a page number. */
final class CounterLineRule implements LineRule {
    @Override
    public String name() {
        return "counter";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        String t = line.text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
