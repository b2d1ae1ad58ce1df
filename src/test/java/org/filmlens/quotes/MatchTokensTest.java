package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MatchTokensTest {
    @Test
    void contractionsAndCurlyApostrophesMatchTheSpelledOutWords() {
        assertEquals(MatchTokens.of("The heart is not like a box"), MatchTokens.of("The heart\u2019s not like a box"));
        assertEquals(MatchTokens.of("A timer does not notice when a boat is in trouble."),
                MatchTokens.of("A timer doesn't notice when a boat's in trouble."));
        assertEquals(MatchTokens.of("I'm gonna go 'cause"), MatchTokens.of("I am going to go because"));
    }

    @Test
    void punctuationCaseAndEllipsesVanish() {
        assertEquals(MatchTokens.of("just... lesser versions"), MatchTokens.of("Just \u2026 Lesser, versions!"));
    }

    @Test
    void firstPersonNumberIsFoldedButOtherPronounsAreKept() {
        assertEquals(MatchTokens.of("Me too, now I know how."), MatchTokens.of("Me too. Now we know how."));
        assertNotEquals(MatchTokens.of("I'm yours"), MatchTokens.of("You're mine"));
    }

    @Test
    void stageDirectionsAreNotWordsSpoken() {
        assertEquals(MatchTokens.of("Okay... but do you know"), MatchTokens.of("[ dumbfounded ] Okay... but do you know"));
    }
}
