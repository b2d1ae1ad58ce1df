package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmlens.analysis.DiffSegment.Kind;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.Test;

class EndingComparerTest {
    private static EndingAnswer answer(String source, String text) {
        return new EndingAnswer(source, List.of(source + "-p1"), text, Stance.NEUTRAL);
    }

    @Test
    void marksSharedAndDifferingWordsIgnoringCaseAndPunctuation() {
        AnswerComparison c = new EndingComparer().compare(
                answer("a", "The last scene is hopeful: they finally connect."),
                answer("b", "The last scene is lonely, they never connect."));
        assertEquals(List.of(
                new DiffSegment(Kind.EQUAL, "The last scene is"),
                new DiffSegment(Kind.ONLY_LEFT, "hopeful:"),
                new DiffSegment(Kind.ONLY_RIGHT, "lonely,"),
                new DiffSegment(Kind.EQUAL, "they"),
                new DiffSegment(Kind.ONLY_LEFT, "finally"),
                new DiffSegment(Kind.ONLY_RIGHT, "never"),
                new DiffSegment(Kind.EQUAL, "connect.")), c.segments());
        assertEquals(List.of("connect", "last", "scene"), c.sharedWords());
        assertEquals("a", c.leftSourceId());
        assertEquals("b", c.rightSourceId());
    }

    @Test
    void withMoreThanTwoAnswersTheFirstMeetsEachOther() {
        List<AnswerComparison> all = new EndingComparer().compare(List.of(answer("a", "x y"), answer("b", "x z"),
                answer("c", "y")));
        assertEquals(List.of("b", "c"), all.stream().map(AnswerComparison::rightSourceId).toList());
        assertThrows(IllegalArgumentException.class, () -> new EndingComparer().compare(List.of(answer("a", "x"))));
    }

    @Test
    void aContentWordIsOneTheSharedWordsWouldList() {
        assertTrue(EndingComparer.isContentWord("Lantern's,"));
        assertTrue(EndingComparer.isContentWord("(dawn)"));
        assertFalse(EndingComparer.isContentWord("the"));
        assertFalse(EndingComparer.isContentWord("Of"));
        assertFalse(EndingComparer.isContentWord("in,"));
        assertFalse(EndingComparer.isContentWord("—"));
        assertFalse(EndingComparer.isContentWord("ox"));
    }
}
