package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script page's dialogue (a cue in capitals, the speech right below it) is read as labelled lines. */
class ScreenplayBlocksTest {
    private static final String SCRIPT = """
            INT. SKERRA LIGHTHOUSE - NIGHT

            Elias climbs the stairs with the oil can. The wind rattles the gallery door.

                                 ELIAS
                       The light doesn't care who's lonely.
                       It only cares that it's lit.

                                 MARA (V.O.)
                       Then it will smoke all night.

                                 ELIAS
                             (beat)
                       Only if you trim the wick badly.

                                 MARA (V.O.)
                       I never trim it badly.

                                 ELIAS
                       Then trim it now, and go.

                                 MARA (V.O.)
                       Not before the boat comes in.

            EXT. THE JETTY - DAWN

            Mara rows out past the rock.
            """;

    @TempDir
    Path dir;

    private List<Passage> passages(String dump) throws Exception {
        return BadInputTest.passagesOf(dir, dump);
    }

    @Test
    void eachCueAndItsSpeechAreOneLineOfDialogue() throws Exception {
        List<Passage> ps = passages(BadInputTest.ARTICLE + "\n" + SCRIPT);
        List<Passage> lines = ps.stream().filter(p -> p.kind() == PassageKind.DIALOGUE).toList();
        assertEquals(List.of("Elias: The light doesn't care who's lonely. It only cares that it's lit.",
                "Mara (V.O.): Then it will smoke all night.", "Elias: [beat] Only if you trim the wick badly.",
                "Mara (V.O.): I never trim it badly.", "Elias: Then trim it now, and go.",
                "Mara (V.O.): Not before the boat comes in."), lines.stream().map(Passage::text).toList());
        assertTrue(ps.stream().anyMatch(p -> p.text().equals("INT. SKERRA LIGHTHOUSE - NIGHT")), "the scene heading");
        assertTrue(ps.stream().anyMatch(p -> p.text().startsWith("Elias climbs the stairs")
                && p.kind() != PassageKind.DIALOGUE), "the action, no line of dialogue");
    }

    @Test
    void aScriptInPreformattedHtmlToo() {
        List<String> lines = HtmlReader.lines(Jsoup.parse("<pre>" + SCRIPT + "</pre>").body());
        assertTrue(lines.contains("Mara (V.O.): Then it will smoke all night."), lines.toString());
        assertTrue(lines.contains("Elias: [beat] Only if you trim the wick badly."), lines.toString());
    }

    @Test
    void headingsInCapitalsOverAParagraphAreNoScript() throws Exception {
        String article = BadInputTest.ARTICLE + "\nTHE ENDING\nMara leaves the rock at dawn, and the light goes on.\n\n"
                + "THE LETTER\nJune's letter asks her to come home when she is done hiding.\n\n"
                + "THE LIGHT\nThe keeper trims the wick one last time.\n";
        List<Passage> ps = passages(article);
        assertTrue(ps.stream().noneMatch(p -> p.text().startsWith("The ending:") || p.text().startsWith("The letter:")),
                "each cue names a speaker once: no script");
        assertTrue(ps.stream().noneMatch(p -> p.kind() == PassageKind.DIALOGUE));
    }

    /** A site's template repeats its headings in capitals, each over a paragraph or a list: no script either. */
    @Test
    void repeatedCapitalHeadingsAndListsAreNoScript() throws Exception {
        StringBuilder dump = new StringBuilder(BadInputTest.ARTICLE).append('\n');
        for (int page = 0; page < 4; page++) {
            dump.append("VERDICT\nThe keeper's long winter is worth the trip, review ").append(page).append(".\n\n")
                    .append("PROS\nThe light, the sea and Mara Quill.\n\n")
                    .append("NEWSLETTER\n  \u2022 Sign up for film news\n  \u2022 Latest reviews\n\n");
        }
        List<Passage> ps = passages(dump.toString());
        assertTrue(ps.stream().noneMatch(p -> p.text().startsWith("Verdict:") || p.text().startsWith("Pros:")
                || p.text().startsWith("Newsletter:")), "no heading became a speaker");
        assertTrue(ps.stream().noneMatch(p -> p.kind() == PassageKind.DIALOGUE));
    }

    @Test
    void cues() {
        assertEquals("Elias", ScreenplayBlocks.cueName("ELIAS"));
        assertEquals("Mr. O'Neil", ScreenplayBlocks.cueName("MR. O'NEIL (CONT'D)"));
        assertEquals("Jean-Luc", ScreenplayBlocks.cueName("JEAN-LUC"));
        assertEquals("Harbour Master", ScreenplayBlocks.cueName("HARBOUR MASTER"));
        assertEquals("OS1", ScreenplayBlocks.cueName("OS1 (V.O.)"), "an acronym stays as written");
        for (String notACue : List.of("INT. KITCHEN - NIGHT", "EXT. JETTY", "CUT TO:", "FADE IN:", "Elias",
                "FADE OUT.", "THE END", "CONTINUED", "MONTAGE", "LATER", "THE VERDICT", "TRENDING", "MAN IN SUIT",
                "THE END OF THE LONG NIGHT AT SKERRA ROCK LIGHT", "ONE TWO THREE FOUR", "(beat)", "")) {
            assertNull(ScreenplayBlocks.cueName(notACue), notACue);
        }
    }
}
