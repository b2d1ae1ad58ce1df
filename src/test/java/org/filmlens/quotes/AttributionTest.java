package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final String BACKGROUND = "Theodore writes letters and he lives alone. Theodore loves his job. "
            + "Samantha reads and she learns. Samantha grows in her own way. Amy (Amy Adams) is his friend.";
    private final CastDirectory cast = new CastDirectory(
            new SpeakerNames(List.of("Theodore", "Samantha", "Amy")), List.of(BACKGROUND));
    private final ProseQuotationFinder finder = new ProseQuotationFinder();

    /** The speaker of the n-th quotation of {@code text}. */
    private String speaker(String previous, String text, int n) {
        List<ProseQuotation> found = finder.find(text);
        return new Attribution(cast).speaker(text, QuoteFinder.mask(text, found), found.get(n), previous);
    }

    @Test
    void nameAndVerbAfterTheQuotation() {
        assertEquals("Samantha", speaker("", "\u201cThe heart\u2019s not a box,\u201d Samantha tells Theodore, "
                + "\u201cIt expands.\u201d", 0));
        assertEquals("Theodore", speaker("", "\u201cPlay a melancholy song,\u201d says Theodore.", 0));
    }

    @Test
    void nameAndVerbBeforeTheQuotation() {
        assertEquals("Samantha", speaker("", "Samantha poignantly tells Theodore \u201cif you ever get there.\u201d", 0));
        assertEquals("Samantha", speaker("", "As Samantha explains in the ending, \u201cThe heart is no box.\u201d", 0));
    }

    @Test
    void aPronounResolvesToTheNearestNameOfItsGender() {
        assertEquals("Theodore", speaker("", "Samantha is gone and Theodore is alone. Samantha hums. "
                + "\u201cI\u2019ll always love you,\u201d he writes.", 0));
    }

    @Test
    void aPronounNeverStandsForThePersonTold() {
        CastDirectory twoMen = new CastDirectory(new SpeakerNames(List.of("Gus", "Teddy")),
                List.of("Gus counts the money and he smiles. Teddy drives and he waits. Gus is old and he is tired."));
        String text = "Gus leans in. When he tells Teddy, \u201cMoney never vanishes, son,\u201d he means himself. "
                + "Gus smiles when he explains his rule to Teddy (\u201cNobody walks away\u201d).";
        List<ProseQuotation> found = finder.find(text);
        String masked = QuoteFinder.mask(text, found);
        assertEquals("Gus", new Attribution(twoMen).speaker(text, masked, found.get(0), ""));
        assertEquals("Gus", new Attribution(twoMen).speaker(text, masked, found.get(1), ""));
    }

    @Test
    void aDefiniteDescriptionRepliesForThePersonTold() {
        assertEquals("Samantha", speaker("Theodore tells Samantha that he loves her, to which the OS replies:",
                "\u201cMe too, now I know how.\u201d", 0));
    }

    @Test
    void anActorsSurnameBeforeAColon() {
        String text = "When Theodore confesses to the Adams character that they have sex, \u201cunless she\u2019s been "
                + "faking it,\u201d Adams tartly cuts to the chase: \u201cI think everyone is faking it.\u201d";
        assertEquals("Theodore", speaker("", text, 0));
        assertEquals("Amy", speaker("", text, 1));
    }

    /** A scraped essay can arrive as one 2 MB line: every quotation in it is still found and attributed. */
    @Test
    void aTwoMegabyteParagraphKeepsEveryQuotationAndItsSpeaker() {
        String[] who = {"Samantha", "Theodore", "Amy"};
        StringBuilder sb = new StringBuilder();
        List<int[]> expected = new java.util.ArrayList<>();
        for (int i = 0; sb.length() < 2_000_000; i++) {
            sb.append("In scene ").append(i).append(" the city hums at night and the letters pile up on the desk. ");
            String line = "I kept line " + i + " for you";
            int start = sb.length() + 1;
            if (i % 2 == 0) { // the cue after the quotation
                sb.append('\u201c').append(line).append(",\u201d ").append(who[i % 3]).append(" says. ");
            } else { // the cue before it, in the same sentence
                sb.append(who[i % 3]).append(" tells the room: \u201c").append(line).append(".\u201d ");
                start = sb.length() - line.length() - 3;
            }
            expected.add(new int[] {start, i});
        }
        String text = sb.toString();
        List<ProseQuotation> found = finder.find(text);
        assertEquals(expected.size(), found.size());
        String masked = QuoteFinder.mask(text, found);
        Attribution attribution = new Attribution(cast);
        for (int n = 0; n < found.size(); n++) {
            int i = expected.get(n)[1];
            Span part = found.get(n).parts().get(0);
            assertEquals(expected.get(n)[0], part.start(), "start of quotation " + n);
            assertEquals("I kept line " + i + " for you", text.substring(part.start(), part.end()).replaceAll("[.]$", ""));
            assertEquals(who[i % 3], attribution.speaker(text, masked, found.get(n), ""), "speaker of quotation " + n);
        }
    }

    @Test
    void noCueMeansNoSpeaker() {
        assertNull(speaker("", "The film is about \u201cbeautiful handwritten letters\u201d and more.", 0));
        assertNull(speaker("", "A red error message declares, \u201cOperating System Not Found.\u201d", 0));
    }
}
