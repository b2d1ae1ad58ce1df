package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseQuotationFinderTest {
    private final ProseQuotationFinder finder = new ProseQuotationFinder();

    private List<List<String>> parts(String text) {
        return finder.find(text).stream()
                .map(q -> q.parts().stream().map(s -> s.of(text)).toList()).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertEquals(List.of(List.of("Keep it lit."), List.of("go and be someone's light")),
                parts("She says \u201cKeep it lit.\u201d and he writes \"go and be someone's light\" later."));
    }

    @Test
    void aQuotationSplitByItsAttributionIsOneQuotationOfTwoParts() {
        String text = "\u201cI have to go,\u201d she tells him, \u201cbefore it gets light.\u201d Then she leaves.";
        assertEquals(List.of(List.of("I have to go", "before it gets light.")), parts(text));
        String period = "\u201cI\u2019ll always love you,\u201d he writes. \u201cThere will be a piece of you in me.\u201d";
        assertEquals(List.of(List.of("I\u2019ll always love you", "There will be a piece of you in me.")), parts(period));
    }

    @Test
    void aCueEndingInAColonIntroducesTheNextQuotationInsteadOfJoiningThem() {
        String text = "He says so, \u201cunless she\u2019s been faking it,\u201d Adams cuts to the chase: \u201cI think not.\u201d";
        assertEquals(2, parts(text).size());
    }

    @Test
    void aReplyAfterTheFirstQuotationIsAQuotationOfItsOwn() {
        String text = "Theodore asks her, \u201cAre you talking to anyone else?\u201d, and she answers, \u201cYes.\u201d";
        assertEquals(2, parts(text).size());
        String comma = "Teddy asks her, \u201cTell me we made it, Nora,\u201d and she answers, \u201cWe made it.\u201d";
        assertEquals(List.of(List.of("Tell me we made it, Nora"), List.of("We made it.")), parts(comma));
    }

    @Test
    void aQuotationAloneOnItsLineStandsAlone() {
        List<ProseQuotation> found = finder.find("\u201cMe too, now I know how.\u201d");
        assertEquals(ProseQuotation.Shape.STANDALONE, found.get(0).shape());
        assertEquals(ProseQuotation.Shape.INLINE, finder.find("She said \u201cMe too.\u201d").get(0).shape());
    }

    @Test
    void aLineSetOffByEmDashes() {
        String text = "This line from Samantha \u2014 It would be hard to explain. Come find me. \u2014 leads me on.";
        List<ProseQuotation> found = finder.find(text);
        assertEquals(ProseQuotation.Shape.DASHED, found.get(0).shape());
        assertEquals("It would be hard to explain. Come find me.", found.get(0).parts().get(0).of(text));
        assertEquals(List.of(), parts("Compare this \u2014 Now we\u2019re close on Theodore, still in the forest \u2014 to it."));
    }

    @Test
    void curlySingleQuotesAreToldFromApostrophes() {
        String text = "questions such as \u2018How would you describe your mother?\u2019. The world\u2019s \u2018OS1.\u2019";
        assertEquals(List.of(List.of("How would you describe your mother?"), List.of("OS1.")), parts(text));
        assertEquals(List.of(), parts("I love you \u2018cause we grew up and our parents\u2019 house."));
    }

    @Test
    void anUnclosedTeaserRunsToTheEndButNeverStandsAlone() {
        List<ProseQuotation> found = finder.find("\u201ca good beginning makes a photoplay nearly as salable\u2026.");
        assertEquals(ProseQuotation.Shape.INLINE, found.get(0).shape());
    }

    /**
     * Single quotes around the start of a double-quoted passage (a page's stray or mismatched marks) overlap it:
     * the single quotes are not a quotation there, and nothing is cut from beyond the text it belongs to.
     */
    @Test
    void singleQuotesOverlappingDoubleQuotesAreNoQuotation() {
        String text = "He said \u2018go \u201cwest\u2019 now,\u201d she says, \u201cand fast.\u201d";
        assertEquals(List.of(List.of("west\u2019 now", "and fast.")), parts(text));
    }

    /** Random paragraphs of quote marks, words, cue verbs and punctuation: quotations within the text, in order. */
    @Test
    void anyMixOfMarksGivesQuotationsInsideTheTextInOrder() {
        java.util.Random rnd = new java.util.Random(3);
        String[] pieces = {"\u201c", "\u201d", "\u2018", "\u2019", "\"", "\u2014", " ", " ", " ", ",", ".", ":",
            "word", "Word", "says", "she tells him", "\u2019s", "n\u2019t", "\u2018cause"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = rnd.nextInt(40); i > 0; i--) {
                text.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String t = text.toString();
            int end = -1;
            for (ProseQuotation q : finder.find(t)) {
                for (Span part : q.parts()) {
                    org.junit.jupiter.api.Assertions.assertTrue(part.start() > end && part.end() <= t.length()
                            && part.start() < part.end(), () -> "'" + t + "': " + q);
                    end = part.end() - 1;
                }
            }
        }
    }
}
