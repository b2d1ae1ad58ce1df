package org.filmlens.ingest;

import java.util.List;
import java.util.function.Predicate;

/**
 * Runs of lines with no blank line between them, each passing a test: how a menu ({@link MenuRunRule}) or a
 * stanza ({@link VerseBlocks}) stands in a page copied as text, where paragraphs are set apart by blank lines.
 */
final class AdjacentRuns {
    /** What is done with a run of lines [from, to). */
    interface Visitor {
        void run(int from, int to);
    }

    private AdjacentRuns() {
    }

    /** Visits each longest run of at least {@code minLines} adjacent lines that pass {@code item}. */
    static void forEach(List<Line> lines, Predicate<Line> item, int minLines, Visitor visitor) {
        int i = 0;
        while (i < lines.size()) {
            int last = i + minLines - 1;
            if (last >= lines.size() || lines.get(last).index() != lines.get(i).index() + minLines - 1) {
                i++; // too few lines without a blank between them: no test asked (most pages set lines apart)
                continue;
            }
            int end = i;
            while (end < lines.size() && item.test(lines.get(end))
                    && (end == i || lines.get(end).index() == lines.get(end - 1).index() + 1)) {
                end++;
            }
            if (end - i >= minLines) {
                visitor.run(i, end);
            }
            i = Math.max(end, i + 1);
        }
    }
}
