package org.filmlens.ui.reader;

import java.util.List;
import org.filmlens.corpus.PassageKind;
import org.filmlens.ui.common.Location;
import org.filmlens.ui.common.MarkedText;

/** One passage of the source in the reader, with the part of it that falls inside the highlighted span. */
public record PassageRow(String passageId, PassageKind kind, int start, int end, String text) {
    /**
     * The passage cut into plain and highlighted runs for the given highlight (or none): its words to mark (a
     * search's matches) when it has some, else the span. A span that covers the whole passage marks no words: the
     * passage's background says it.
     */
    public List<MarkedText.Segment> segments(Location highlight) {
        if (highlight == null || !highlight.overlaps(start, end)) {
            return List.of(new MarkedText.Segment(text, false));
        }
        if (!highlight.words().isEmpty()) {
            return MarkedText.splitAround(text, start, highlight.words());
        }
        if (highlight.start() <= start && highlight.end() >= end) {
            return List.of(new MarkedText.Segment(text, false));
        }
        return MarkedText.splitAround(text, start, highlight.start(), highlight.end());
    }

    public boolean isHeading() {
        return kind == PassageKind.HEADING;
    }
}
