package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueLineParserTest {
    private final DialogueLineParser parser = new DialogueLineParser();

    private static List<String> spoken(String text, DialogueLine line, int offset) {
        return line.spoken().stream().map(s -> text.substring(s.start() - offset, s.end() - offset)).toList();
    }

    @Test
    void spacedColonLabel() {
        String text = "Theodore : I can. I will.";
        DialogueLine line = parser.parse(text, 100).orElseThrow();
        assertEquals("Theodore", line.label());
        assertEquals(List.of("I can. I will."), spoken(text, line, 100));
        assertEquals(new Span(111, 125), line.spoken().get(0));
    }

    @Test
    void bulletedLabelWithFullNameAndTightColon() {
        String text = "  \u2022 Theodore Twombly:  I keep waiting to not care about her.";
        DialogueLine line = parser.parse(text, 0).orElseThrow();
        assertEquals("Theodore Twombly", line.label());
        assertEquals(List.of("I keep waiting to not care about her."), spoken(text, line, 0));
    }

    @Test
    void markerLineIsADirectionOnly() {
        DialogueLine line = parser.parse("\u2022 [ last lines ]", 0).orElseThrow();
        assertTrue(line.isDirectionOnly());
        assertEquals("last lines", line.direction());
    }

    @Test
    void stageDirectionsAreLeftOutOfTheSpokenWords() {
        String text = "Theodore : [ dumbfounded ] Okay... but do you know how to get out of here?";
        DialogueLine line = parser.parse(text, 0).orElseThrow();
        assertEquals(List.of("Okay... but do you know how to get out of here?"), spoken(text, line, 0));
        String middle = "Nell : Come home. [ static ] Come home, love.";
        assertEquals(List.of("Come home.", "Come home, love."), spoken(middle, parser.parse(middle, 0).orElseThrow(), 0));
    }

    @Test
    void aLabelWithOnlyADirectionSpeaksNoWords() {
        DialogueLine line = parser.parse("Theodore : [ laughs ]", 0).orElseThrow();
        assertTrue(line.spoken().isEmpty());
        assertEquals("laughs", line.direction());
    }

    @Test
    void quotationMarksAroundAWholeLetterAreNotPartOfIt() {
        String text = "Theodore : [ writing letter ] \"To my Chris. Love, Loretta.\"";
        assertEquals(List.of("To my Chris. Love, Loretta."), spoken(text, parser.parse(text, 0).orElseThrow(), 0));
    }

    @Test
    void proseIsNotDialogue() {
        assertTrue(parser.parse("Theodore has a broken heart.", 0).isEmpty());
    }
}
