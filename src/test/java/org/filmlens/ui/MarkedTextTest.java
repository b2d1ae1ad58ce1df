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
}
