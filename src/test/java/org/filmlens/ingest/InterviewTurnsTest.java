package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interview's or a FAQ's "Q:" and "A:" turns are not a character's lines of dialogue. */
class InterviewTurnsTest {
    @TempDir
    Path dir;

    private List<Passage> passages(String dump) throws Exception {
        return BadInputTest.passagesOf(dir, dump);
    }

    private static List<Passage> startingWith(List<Passage> passages, String prefix) {
        return passages.stream().filter(p -> p.text().startsWith(prefix)).toList();
    }

    @Test
    void questionAndAnswerTurnsAreProseNotDialogue() throws Exception {
        for (String[] labels : new String[][] {{"Q", "A"}, {"Question", "Answer"}}) {
            List<Passage> ps = passages(BadInputTest.ARTICLE + "\n"
                    + labels[0] + ": Why does Mara leave the rock at dawn?\n\n"
                    + labels[1] + ": Because the light no longer needs her, and June's window does.\n\n"
                    + labels[0] + ": Is the keeper's wireless real?\n\n"
                    + labels[1] + ": The film never says, and Elias never asks.\n\n"
                    + labels[0] + ": What does the last flash of the Skerra light mean?\n\n"
                    + labels[1] + ": A goodbye, most critics agree.\n");
            List<Passage> turns = startingWith(ps, labels[0] + ":");
            assertEquals(3, turns.size(), "every question kept: " + labels[0]);
            for (Passage p : turns) {
                assertEquals(PassageKind.PARAGRAPH, p.kind(), p.text());
            }
            List<Passage> answers = startingWith(ps, labels[1] + ":");
            assertEquals(3, answers.size(), "every answer kept, however short");
            for (Passage p : answers) {
                assertEquals(PassageKind.PARAGRAPH, p.kind(), p.text());
            }
        }
    }

    @Test
    void aCharacterCalledQStillSpeaksWhereNobodyAnswersAsA() throws Exception {
        List<Passage> ps = passages(BadInputTest.ARTICLE + "\n"
                + "Q: Why does Mara leave the rock at dawn?\n\n" // an interview's turn
                + "A: Because the light no longer needs her.\n\n"
                + "Mara lights the lantern in the last scene, and the keeper watches from the gallery.\n\n"
                + "The keeper's storeroom holds the oil, the wicks and the logbook of every night of the winter.\n\n"
                + "The wireless crackles with the voice of the mainland, asking after the light and the boats.\n\n"
                + "Q: The lantern burns whale oil, not kerosene.\n\n" // a character's line, with nobody answering
                + "Mara: Then it will smoke all night.\n\n"
                + "Q: Only if you trim the wick badly.\n\n"
                + "Mara: I never trim it badly.\n");
        List<Passage> q = startingWith(ps, "Q:");
        assertEquals(3, q.size());
        assertEquals(PassageKind.PARAGRAPH, q.get(0).kind(), "the interview's question");
        assertTrue(q.subList(1, 3).stream().allMatch(p -> p.kind() == PassageKind.DIALOGUE), "Q's lines: " + q);
        assertTrue(startingWith(ps, "Mara:").stream().allMatch(p -> p.kind() == PassageKind.DIALOGUE));
    }

    @Test
    void aScorecardIsNoExchangeButOneOffSpeakersOnAQuotesPageAre() throws Exception {
        List<Passage> ps = passages(BadInputTest.ARTICLE + "\n"
                + "Story: Gripping.\n" + "Acting: Superb.\n" + "Verdict: See it.\n\n"
                + "The film's last scene stays in the lamp room, with the storm outside and the wireless quiet.\n\n"
                + "  \u2022 Corin: I'll bring the oil on Thursday if the swell allows.\n"
                + "  \u2022 Harbourmaster: Nobody has rowed out to Skerra since the war.\n"
                + "  \u2022 Nell: Drink this, and sleep till the tide turns.\n");
        for (String label : List.of("Story:", "Acting:", "Verdict:")) {
            assertTrue(startingWith(ps, label).stream().allMatch(p -> p.kind() != PassageKind.DIALOGUE), label);
        }
        for (String label : List.of("Corin:", "Harbourmaster:", "Nell:")) {
            List<Passage> line = ps.stream().filter(p -> p.text().contains(label)).toList();
            assertEquals(1, line.size(), label + " kept");
            assertEquals(PassageKind.DIALOGUE, line.get(0).kind(), label);
        }
    }

    @Test
    void aQuotesPagesFirstLinesUnderTheSitesMenuAreKept() throws Exception {
        List<Passage> ps = passages("Quote Vault\n\nThe Salt Lantern (2019) Quotes\n\nSign in   Watchlist   Menu\n\n"
                + "ELIAS: The light doesn't care who's lonely. It only cares that it is lit, every night of the year.\n\n"
                + "MARA: You used to sing along, Elias. Now you only count the steps up to the lamp room at night.\n\n"
                + "ELIAS: I count them because there aren't many left.\n\n"
                + "MARA: Then count them slowly.\n");
        assertEquals(2, startingWith(ps, "ELIAS:").size(), ps.toString());
        assertEquals(2, startingWith(ps, "MARA:").size(), ps.toString());
    }
}
