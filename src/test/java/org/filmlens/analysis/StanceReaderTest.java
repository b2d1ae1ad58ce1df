package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.Test;

class StanceReaderTest {
    private final StanceReader reader = new StanceReader();

    @Test
    void cueWordsGiveTheStance() {
        assertEquals(Stance.HOPEFUL, reader.read("They watch the sunrise, ready for a new connection."));
        assertEquals(Stance.BLEAK, reader.read("Both of them are left in loneliness and isolation."));
        assertEquals(Stance.TRAGIC, reader.read("The last shot hints at their deaths."));
        assertEquals(Stance.AMBIGUOUS, reader.read("The ending is deliberately ambiguous."));
        assertEquals(Stance.FIGURATIVE, reader.read("The lighthouse is a metaphor for memory."));
        assertEquals(Stance.NEUTRAL, reader.read("The film was shot in Shanghai and Los Angeles."));
    }

    @Test
    void aConcededClauseCountsLessThanTheMainOne() {
        assertEquals(Stance.BLEAK,
                reader.read("Though they find joy in each other's company, both are lonely and alone."));
    }

    @Test
    void aNegatedCueDoesNotCount() {
        assertEquals(Stance.BLEAK, reader.read("It is not hopeful at all: he ends up lonely."));
        assertEquals(Stance.LITERAL, reader.read("The ticking over the credits is steady. A dream would not give us "
                + "that. It really happened."), "a reading ruled out as a hypothetical is no cue for it");
        assertEquals(Stance.HOPEFUL, reader.read("Hope doesn't die in the last scene; it is a hopeful ending."));
        assertEquals(Stance.NEUTRAL, reader.read("He wakes in his own kitchen at dawn."), "a time of day");
    }

    @Test
    void aDreamReadingAndARealOneDisagree() {
        assertEquals(Stance.FIGURATIVE, reader.read("Mara hit her head on the rocks, and the last ten minutes are a"
                + " dream."));
        assertEquals(Stance.LITERAL, reader.read("The ending is not a dream: the coat on the chair is real, and it"
                + " really happened."));
        assertEquals(Stance.LITERAL, reader.read("No. Everything in the last scene is literal."));
        assertEquals(Stance.AMBIGUOUS, reader.read("It could be either: the last shot supports both"
                + " interpretations, a dream or a homecoming."));
    }

    @Test
    void aCharacterNamedLikeACueIsNoCue() {
        assertEquals(Stance.NEUTRAL, reader.read("When Hope asks Elias how it felt, he says nothing, and Joy laughs."));
        assertEquals(Stance.HOPEFUL, reader.read("Hope is what the last shot leaves, and a sunrise."));
        assertEquals(Stance.LITERAL, reader.read("Theory 1: It Really Happened"), "a title's capitals are no name");
        assertEquals(Stance.LITERAL, reader.read("It wasn't all in his head: it really happened."));
    }

    @Test
    void twoEvenReadingsAreAmbiguous() {
        assertEquals(Stance.AMBIGUOUS, reader.read("There is hope in it, and loneliness too."));
    }

    @Test
    void theMainPassageOutweighsItsSupportAndTheDecidingCueIsNamed() {
        StanceReader.Reading r = reader.read("At sunrise the two of them sit together on the roof.",
                List.of("Earlier he was lonely."));
        assertEquals(Stance.HOPEFUL, r.stance(), "a supporting cue counts half of the main one");
        assertEquals("sunrise", r.cue());
        StanceReader.Reading bleak = reader.read("They sit on the roof.", List.of("Both are lonely and sad."));
        assertEquals(Stance.BLEAK, bleak.stance(), "with no cue of its own, the support decides");
    }

    @Test
    void aTieNamesBothCuesAndNeutralNamesNone() {
        assertEquals("hope / loneliness", reader.read("There is hope in it, and loneliness too.", List.of()).cue());
        assertNull(reader.read("The film was shot in Shanghai.", List.of()).cue());
    }

    @Test
    void aThreadTakesItsAnswersMajorityElseItsTopAnswer() {
        assertEquals(Stance.HOPEFUL, AnswerAssembler.threadStance(
                List.of(Stance.LITERAL, Stance.HOPEFUL, Stance.HOPEFUL)));
        assertEquals(Stance.LITERAL, AnswerAssembler.threadStance(List.of(Stance.LITERAL, Stance.HOPEFUL)));
        assertEquals(Stance.BLEAK, AnswerAssembler.threadStance(List.of(Stance.NEUTRAL, Stance.BLEAK)),
                "an answer that takes no stance does not outrank one that does");
        assertEquals(Stance.NEUTRAL, AnswerAssembler.threadStance(List.of(Stance.NEUTRAL)));
    }
}
