package org.filmlens.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueLabelTest {

    private static DialogueLabel parse(String line) {
        return DialogueLabel.parse(line).orElseThrow(() -> new AssertionError("not dialogue: " + line));
    }

    private static List<String> spoken(String line) {
        return parse(line).spokenParts().stream().map(p -> line.substring(p.start(), p.end())).toList();
    }

    @Test
    void spacedColonLabelGivesLabelAndSpokenSpans() {
        String line = "Theodore : I can. I will.";
        DialogueLabel d = parse(line);
        assertEquals("Theodore", d.label());
        assertEquals(0, d.labelStart());
        assertEquals(8, d.labelEnd());
        assertEquals(9, d.colon());
        assertEquals("I can. I will.", line.substring(d.spokenStart(), d.spokenEnd()));
        assertEquals(1, d.blanksBeforeColon());
        assertTrue(d.blankAfterColon());
        assertTrue(d.capitalised());
    }

    @Test
    void anAsideInParenthesesAfterTheNameIsNotPartOfTheLabel() {
        for (String line : List.of("Mara (Jo Keel): The lamp is lit.", "Mara (V.O.) : The lamp is lit.",
                "\u2022 Mara(to Elias): The lamp is lit.")) {
            DialogueLabel d = parse(line);
            assertEquals("Mara", d.label(), line);
            assertEquals(line.indexOf("Mara") + 4, d.labelEnd(), line);
            assertEquals(line.indexOf(')') + 1, d.asideEnd(), line);
            assertEquals(line.contains(") :") ? 1 : 0, d.blanksBeforeColon(), line);
            assertEquals(List.of("The lamp is lit."), spoken(line));
        }
        assertEquals(8, parse("Theodore: Yes.").asideEnd(), "none: the label's end");
        for (String notALabel : List.of("(V.O.): Hello.", "Mara (): Hello.", "Mara (aside) too: Hello.",
                "Mara (unclosed: Hello.", "Mara (one (two)): Hello.",
                // headlines with a year, a date or a long aside: no speaker's line
                "Skerra (2019): Ending Explained", "Update (May 3): the keeper returns.",
                "Mara (as played by the young actress Jo Keel): Hello.")) {
            assertTrue(DialogueLabel.parse(notALabel).isEmpty(), notALabel);
        }
    }

    @Test
    void bulletsAndBlanksBeforeTheLabelAreSkipped() {
        for (String bullet : List.of("\u2022 ", "  \u2022 ", "* ", "- ", "\u2013 ", "\u00B7 ", "\u25CF ")) {
            String line = bullet + "Theodore Twombly:  I keep waiting.";
            DialogueLabel d = parse(line);
            assertEquals("Theodore Twombly", d.label(), line);
            assertEquals(bullet.length(), d.labelStart(), line);
            assertEquals(0, d.blanksBeforeColon());
            assertEquals(List.of("I keep waiting."), spoken(line));
        }
    }

    @Test
    void labelsMayHoldDigitsInitialsApostrophesAndHyphens() {
        assertEquals("OS1", parse("OS1: Hello, I'm here.").label());
        assertEquals("Mr. O\u2019Neil-Smith", parse("Mr. O\u2019Neil-Smith : Sit down.").label());
        assertEquals(List.of("Mr.", "O\u2019Neil-Smith"), parse("Mr. O\u2019Neil-Smith : Sit down.").labelWords());
    }

    @Test
    void singleSpacedMeansJoiningTheLabelsWordsBySpacesGivesTheLabelBack() {
        for (String label : List.of("Theodore Twombly", "Theodore  Twombly", "Theodore\tTwombly", "Theodore \tTwombly",
                "Theodore\u00A0Twombly", "Theodore \u00A0Twombly", "Theodore\u2003Twombly", "Theodore \u2003 Twombly",
                "OS1", "A B C D E", "Mr. O\u2019Neil-Smith")) {
            DialogueLabel d = parse(label + " : Hi there.");
            assertEquals(String.join(" ", d.labelWords()).equals(d.label()), d.singleSpaced(), label);
        }
        assertFalse(parse("[ last lines ]").singleSpaced());
    }

    @Test
    void theShapeReportsWhatCallersJudgeLabelsBy() {
        DialogueLabel lower = parse("the waiter: Your table is ready.");
        assertFalse(lower.capitalised());
        assertEquals(List.of("the", "waiter"), lower.labelWords());
        assertFalse(parse("Theodore  Twombly : Hi there.").singleSpaced());
        assertTrue(parse("Theodore Twombly : Hi there.").singleSpaced());
        assertEquals(2, parse("Theodore  : Hi there.").blanksBeforeColon());
        assertFalse(parse("Theodore:Hi there.").blankAfterColon());
        assertEquals(5, parse("Advice From The Past Today: read it.").labelWords().size());
    }

    @Test
    void proseAndOverlongLabelsAreNotDialogue() {
        for (String prose : List.of("Theodore has a broken heart.", "One two three four five six: too many words.",
                "Why, though: a question.", "Theodore:", "Theodore :   ", "", "\"Quoted\": no label", "(Aside): no")) {
            assertTrue(DialogueLabel.parse(prose).isEmpty(), prose);
        }
    }

    @Test
    void loneDirectionIsADirectionWithoutLabel() {
        DialogueLabel d = parse("\u2022 [ last lines ]  ");
        assertTrue(d.isDirectionOnly());
        assertNull(d.label());
        assertEquals(2, d.labelStart());
        assertEquals(List.of("last lines"), d.directions());
        assertEquals("last lines", d.marker());
        assertFalse(d.capitalised());
        assertEquals("[ laughs ]", "[ laughs ]".substring(parse("[ laughs ]").spokenStart(), parse("[ laughs ]").spokenEnd()));
        assertNull(parse("[ laughs ]").marker());
        assertTrue(DialogueLabel.parse("[ laughs ] and then some").isEmpty());
        assertTrue(DialogueLabel.parse("[ unclosed").isEmpty());
    }

    @Test
    void directionsInsideALineAreLeftOutOfTheSpokenParts() {
        String line = "Theodore : [ dumbfounded ] Okay... but do you know how to get out of here?";
        assertEquals(List.of("Okay... but do you know how to get out of here?"), spoken(line));
        assertEquals(List.of("dumbfounded"), parse(line).directions());
        assertEquals(List.of("Come home.", "Come home, love."), spoken("Nell : Come home. [ static ] Come home, love."));
        assertEquals(List.of("Cut it"), spoken("Nell : Cut it [ unclosed direction"));
    }

    @Test
    void aLabelWithOnlyDirectionsSpeaksNothingAndMayMarkTheEnding() {
        DialogueLabel laughs = parse("Theodore : [ laughs ]");
        assertTrue(laughs.spokenParts().isEmpty());
        assertEquals(List.of("laughs"), laughs.directions());
        assertNull(laughs.marker());
        assertEquals("first lines", parse("Theodore : [ first lines ]").marker());
        assertNull(parse("Theodore : [ last lines ] Goodbye.").marker(), "a line that speaks is not a marker");
    }
}
