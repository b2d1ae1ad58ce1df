package org.filmlens.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wiki's contents box: "Contents", perhaps "hide", then its sections numbered 1, 2, 3 … ("1 Plot", "2 Cast",
 * "2.1 Casting"), each of whose titles heads its section further down. The box is the page's furniture, not its
 * text; kept, its first entry would be taken for the page's title.
 *
 * <p>A run is a box only when its numbers count up from 1 and most of its titles come back as lines after it, so a
 * numbered list of the page's own ("1 cup of sugar") stays.
 */
final class ContentsBoxRule implements ContextRule {
    private static final Pattern ENTRY = Pattern.compile("(\\d{1,2})(?:\\.\\d{1,2})*\\s+(\\S.*)");
    private static final Set<String> BOX_WORDS = Set.of("contents", "table of contents", "hide", "show", "toggle");
    private static final int MIN_ENTRIES = 3;
    private static final int MAX_ENTRY_WORDS = 10;
    static final String NAME = "contents-box";
    /** How far below its box a page's sections are sought: a long wiki page's, not the next page's. */
    private static final int SECTIONS_WITHIN = 600;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        for (int i = 0; i < lines.size(); i++) {
            if (entryNumber(lines.get(i)) != 1) {
                continue; // a box starts at its first section: most lines fail on their first character
            }
            int end = runEnd(lines, i);
            if (end - i >= MIN_ENTRIES && titlesComeBack(lines, i, end)) {
                for (int j = i; j < end; j++) {
                    verdicts.markDebris(j, name());
                }
                for (int j = i - 1; j >= 0 && j >= i - 3 && isBoxWord(lines.get(j)); j--) {
                    verdicts.markDebris(j, name());
                }
                i = end - 1;
            }
        }
    }

    /** "Contents", "hide": the box's own heading and toggle. */
    static boolean isBoxWord(Line line) {
        return line.words() <= 3 && BOX_WORDS.contains(line.normalized());
    }

    /** The end (exclusive) of the entries from {@code start}: top-level numbers up by one, sub-entries between. */
    private static int runEnd(List<Line> lines, int start) {
        int expected = 1;
        int j = start;
        while (j < lines.size()) {
            int n = entryNumber(lines.get(j));
            if (n == expected + 1) {
                expected = n;
            } else if (n != expected) {
                break;
            }
            j++;
        }
        return j;
    }

    /** The entry's top-level number ("2" of "2.1 Casting"), or -1 for a line that is no entry. */
    private static int entryNumber(Line line) {
        String t = line.text();
        if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || line.listItem() || line.words() > MAX_ENTRY_WORDS) {
            return -1;
        }
        Matcher m = ENTRY.matcher(t);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * At least half of the entries' titles are lines of their own further down the same page (within {@link
     * #SECTIONS_WITHIN} lines): the sections they list.
     */
    private static boolean titlesComeBack(List<Line> lines, int start, int end) {
        Set<String> later = new HashSet<>();
        for (int j = end; j < lines.size() && j < end + SECTIONS_WITHIN; j++) {
            if (lines.get(j).words() <= MAX_ENTRY_WORDS) {
                later.add(lines.get(j).normalized());
            }
        }
        int back = 0;
        for (int j = start; j < end; j++) {
            Matcher m = ENTRY.matcher(lines.get(j).text());
            if (m.matches() && later.contains(Words.normalize(m.group(2)))) {
                back++;
            }
        }
        return 2 * back >= end - start;
    }
}
