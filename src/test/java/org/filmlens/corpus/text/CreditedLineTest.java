package org.filmlens.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shapes of a quotation credited to its speaker, and lines of other shapes. */
class CreditedLineTest {
    private static String spoken(String text) {
        Optional<CreditedLine> c = CreditedLine.parse(text);
        assertTrue(c.isPresent(), text);
        return c.get().label() + "|" + text.substring(c.get().spokenStart(), c.get().spokenEnd());
    }

    @Test
    void theCreditsListiclesWrite() {
        assertEquals("Elias|The light doesn't care who's lonely.",
                spoken("\u201cThe light doesn't care who's lonely.\u201d \u2014 Elias"));
        assertEquals("Mara Quill|Then it will smoke all night.", spoken("\"Then it will smoke all night.\" - Mara Quill"));
        assertEquals("June|Come home when you're done hiding",
                spoken("\u201c Come home when you're done hiding \u201d\u2015June, The Salt Lantern (2019)"));
        assertEquals("Elias|Most nights she even answers.",
                spoken("\u201cMost nights she even answers.\u201d \u2013 Elias (Tom Rhys)."));
        assertEquals("Corin|They send you or you run to it", spoken("\"They send you or you run to it\" -- Corin"));
        assertEquals("Mara|Is that weird? Do you think I'm weird?",
                spoken("\u201cIs that weird? Do you think I'm weird?\u201d (Mara)"));
    }

    @Test
    void notACreditedLine() {
        for (String text : List.of(
                "\u201cThe light doesn't care who's lonely.\u201d (2019)", // a year, not a speaker
                "\u201cThe Salt Lantern\u201d \u2013 Ending Explained", // a title and a heading's words
                "\u201cThe Salt Lantern\u201d (Film Review)",
                "\u201cHer\u201d \u2014 Spike Jonze",
                "\u201cToo short\u201d \u2014 Elias",
                "\u201cThe light doesn't care who's lonely.\u201d (Elias) says the keeper",
                "The keeper says \u201cthe light doesn't care\u201d \u2014 Elias", // the quotation does not open it
                "\u201cThe light doesn't care who's lonely.\u201d \u2014 and then the film cuts to black.",
                "\u201cOne line here.\u201d and \u201canother line there.\u201d \u2014 Elias",
                "\u201cThe light doesn't care who's lonely.\u201d \u2014 Elias, who then rows out, and never comes back, "
                        + "as every reviewer of the film has noted at some length in their own piece about it.",
                "")) {
            assertTrue(CreditedLine.parse(text).isEmpty(), text);
        }
    }
}
