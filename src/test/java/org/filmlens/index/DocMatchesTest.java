package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class DocMatchesTest {
    @Test
    void offsetsComeByStartThenEndThenLabelFromBothFieldsOnly() throws Exception {
        DocMatches m = new DocMatches();
        m.add("text", 10, 14, new BytesRef("love"));
        m.add("exact", 0, 9, new BytesRef("come find"));
        m.add("other", 0, 3, new BytesRef("x"));
        m.add("exact", 10, 14, new BytesRef("lov"));
        m.add("text", 0, 4, new BytesRef("come"));
        assertEquals(List.of("0-4 come x1", "0-9 come find x1", "10-14 lov x1", "10-14 love x1"),
                QueryMatchesTest.read(m.offsets("text", "exact")));
    }

    @Test
    void truncatingTakesBackTheLastEntries() throws Exception {
        DocMatches m = new DocMatches();
        for (int i = 0; i < 40; i++) { // past the first array size
            m.add("text", i, i + 1, new BytesRef("w"));
        }
        m.truncate(2);
        assertEquals(List.of("0-1 w x1", "1-2 w x1"), QueryMatchesTest.read(m.offsets("text", "exact")));
        m.clear();
        assertFalse(m.offsets("text", "exact").nextPosition());
    }
}
