package org.filmlens.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of CastDirectory's start gates is true wherever the pattern it guards matches. */
class CastDirectoryGatesTest {
    @Test
    void roleGate() {
        GateCheck.assertAdmitsEveryMatch(CastDirectory.ROLE, CastDirectory.THE, List.of(
                "The keeper, Elias Brand (Amy Adams)", "plays the old lighthouse keeper, Elias, a widower",
                "the semi-retired keeper, \u00c9lise (", "(the \u00f1and\u00fa, Mary-Jane O'Neil, who"));
    }

    @Test
    void playsGate() {
        GateCheck.assertAdmitsEveryMatch(CastDirectory.PLAYS, CastDirectory.ACTOR_PLAYS, List.of(
                "Joaquin Phoenix plays Theodore.", "Amy Adams stars as Amy", "Rooney Mara as Catherine",
                "Scarlett Johansson played the voice, Samantha", "\u00c9lise O'Neil starring  as Mary-Jane"));
    }

    @Test
    void playedInBracketsGate() {
        GateCheck.assertAdmitsEveryMatch(CastDirectory.PLAYED_IN_BRACKETS, CastDirectory.PART_IN_BRACKETS, List.of(
                "Amy (Amy Adams)", "Samantha (voiced by Scarlett Johansson)",
                "Theodore Twombly(played by Joaquin Phoenix)", "\u00c9lise ( Marion Cotillard)"));
    }

    @Test
    void pronounGate() {
        GateCheck.assertAdmitsEveryMatch(CastDirectory.PRONOUN, CastDirectory.PRONOUN_START, List.of(
                "He said his", "she herself", "x he,", "Sheila? She."));
    }

    @Test
    void nameWordsGate() {
        GateCheck.assertAdmitsEveryMatch(CastDirectory.NAME_WORDS, StartGate.UPPERCASE, List.of(
                "Theodore Twombly says", "\u00c9lise", "\ud835\udc00bc said", "O'Neil Mary-Jane Brand's"));
    }
}
