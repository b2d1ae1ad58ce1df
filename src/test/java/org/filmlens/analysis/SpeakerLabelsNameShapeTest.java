package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scan of a label's first word says what {@code NameShapes.WORD} says of it. */
class SpeakerLabelsNameShapeTest {
    private static final String[] PIECES = {"T", "h", "e", "O", "'", "’", "-", "N", "i", "2", "Ⅻ", "½", "ǅ", "ʰ",
            "É", "é", "ß", ".", " ", "x", "Ǆ", "\uD835\uDC00", "\uD835\uDC1A", "\uD835", "٣", "_", "Mc", "Dr"};

    @Test
    void namesAndNot() {
        assertTrue(SpeakerLabels.nameShaped("Theodore"));
        assertTrue(SpeakerLabels.nameShaped("O'Neil"));
        assertTrue(SpeakerLabels.nameShaped("Jean-luc"));
        assertFalse(SpeakerLabels.nameShaped("Dr."));
        assertFalse(SpeakerLabels.nameShaped("2049"));
        assertFalse(SpeakerLabels.nameShaped("O'"));
        assertFalse(SpeakerLabels.nameShaped(""));
    }

    @Test
    void sameAsTheRegexOnRandomWords() {
        Pattern word = Pattern.compile(NameShapes.WORD);
        Random random = new Random(11);
        int shaped = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String w = sb.toString();
            boolean expected = word.matcher(w).matches();
            shaped += expected ? 1 : 0;
            assertEquals(expected, SpeakerLabels.nameShaped(w), w);
        }
        assertTrue(shaped > 1000, "shaped " + shaped);
    }
}
