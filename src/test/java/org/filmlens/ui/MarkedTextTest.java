package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filmlens.ui.common.MarkedText;
import org.filmlens.ui.common.MarkedText.Segment;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
    @Test
    void marksBecomeHighlightedRunsAndEscapesBecomeText() {
        assertEquals(List.of(new Segment("…Tom & Jerry <3 ", false), new Segment("lamp", true),
                        new Segment(" burns", false)),
                MarkedText.parseMarks("…Tom &amp; Jerry &lt;3 <mark>lamp</mark> burns"));
    }

    @Test
    void adjacentAndUnclosedMarksAreKept() {
        assertEquals(List.of(new Segment("a", true), new Segment("b", true), new Segment("c", true)),
                MarkedText.parseMarks("<mark>a</mark><mark>b</mark><mark>c"));
        assertEquals(List.of(new Segment("&amp;", false)), MarkedText.parseMarks("&amp;amp;"));
    }

    @Test
    void aSpanCutsTheTextItOverlapsOnly() {
        // text "hello world" starts at offset 100 of its source
        assertEquals(List.of(new Segment("hello ", false), new Segment("world", true)),
                MarkedText.splitAround("hello world", 100, 106, 200));
        assertEquals(List.of(new Segment("hello world", false)), MarkedText.splitAround("hello world", 100, 0, 50));
    }

    @Test
    void aFragmentsMarksArePlacedInTheTextItWasCutFrom() {
        String text = "The harbour at dusk. Far off, the lamp burns and the lamp goes out. Then the sea.";
        List<Segment> fragment = MarkedText.parseMarks("\u2026Far off, the <mark>lamp</mark> burns and the "
                + "<mark>lamp</mark> goes out.\u2026");
        List<org.filmlens.ui.common.Location.Span> spans = MarkedText.markedSpans(fragment, text);
        assertEquals(2, spans.size());
        for (var span : spans) {
            assertEquals("lamp", text.substring(span.start(), span.end()));
        }
        // the reader marks them inside the passage, which starts at offset 40 of its source
        List<org.filmlens.ui.common.Location.Span> inSource = spans.stream()
                .map(sp -> new org.filmlens.ui.common.Location.Span(sp.start() + 40, sp.end() + 40)).toList();
        assertEquals(List.of("lamp", "lamp"), MarkedText.splitAround(text, 40, inSource).stream()
                .filter(Segment::marked).map(Segment::text).toList());
        assertEquals(List.of(), MarkedText.markedSpans(MarkedText.parseMarks("<mark>elsewhere</mark>"), text));
    }
}
