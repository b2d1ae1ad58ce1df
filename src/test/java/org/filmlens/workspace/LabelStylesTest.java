package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One speaker, labelled "ELIAS:" on one quotes page and "Elias:" or "Elias Brand:" on another, is one character
 * with one set of lines, as are "DR. NELL ASHBY" and Nell, "CORIN V." and Corin Vale; a speaker who talks once on
 * a page still speaks; a name that is also a word ("Grace") keeps its actor and is not met in "there is grace in
 * it"; and what a line of dialogue calls someone is no alias.
 */
class LabelStylesTest {
    private static final String VAULT = """
            Quote Vault

            Every Quote From The Salt Lantern

              • ELIAS: The light doesn't care who's lonely. It only cares that it's lit.
              • MARA: Then I'll care for both of us.
              • ELIAS: Forty years on this rock and I never once counted the steps.
              • GRACE: You keep the lamp, Elias, and the lamp keeps you.
              • MARA: Nobody rows out in this fog.
              • GRACE: The sea will have us all, the supply boat and its skipper, Elias.
              • HARBOURMASTER: Nobody has rowed out to Skerra since the war.
              • DR. NELL ASHBY: Drink this, and sleep till the tide turns.
              • CORIN V.: I'll bring the oil on Thursday if the swell allows.
            """;
    /** Every speaker labelled once, in another style. */
    private static final String LINES = """
            Lantern Lines

            The Salt Lantern (2019) quotes

              • Elias Brand: The light doesn't care who's lonely; it only cares that it's lit.
              • Mara Quill: Then I'll care for the both of us.
              • Grace: You keep the lamp, Elias. The lamp keeps you.
              • Corin Vale: Thursday, if the swell allows it.
              • Nell: Sleep till the tide turns.
            """;
    private static final String REVIEW = """
            Film Column

            The Salt Lantern review: a lighthouse film with grace

            Grace Halloran (Ottilie Marsh) runs the supply boat, and Elias Brand (Tobias Wren) keeps the light on
            Skerra Rock. Mara Quill (Delphine Harrow) comes out to the rock in the first scene, and Grace carries her.

            There is grace in every frame of it, and I hope audiences find it. Grace herself gets the best lines.

            Nell Ashby (Priya Castellan) is the island's doctor, and Nell sees more than the keeper does.

            Malik Osei plays Captain Corin Vale, who brings the oil to the rock every Thursday in the film.

            When Elias says the light does not care who is lonely, Mara answers that she will care for both of them.
            """;

    @Test
    void labelStylesMeetInOneCharacter(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("vault.txt"), VAULT);
        Files.writeString(pages.resolve("lines.txt"), LINES);
        Files.writeString(pages.resolve("review.txt"), REVIEW);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(pages), Progress.NONE);
            assertEquals("The Salt Lantern", ws.film().title(), "no film.json: the pages' titles name the film");
            assertEquals(2019, ws.film().year());
            List<String> names = ws.characters().stream().map(FilmCharacter::name).toList();
            assertTrue(names.containsAll(List.of("Elias", "Mara", "Grace")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.equals(n.toUpperCase()) && n.length() > 2),
                    "no character in capitals: " + names);

            Quote lonely = onlyQuote(ws, "doesn't care who's lonely");
            assertEquals("Elias", lonely.speaker());
            assertEquals(2, lonely.sourceIds().size(), "both pages' versions are one line");
            assertEquals("Harbourmaster", onlyQuote(ws, "since the war").speaker(),
                    "a speaker in capitals who talks once is kept");

            assertEquals(2, onlyQuote(ws, "care for").sourceIds().size(), "a speaker labelled once a page");
            FilmCharacter nell = ws.character("Nell").orElseThrow();
            assertEquals("Priya Castellan", nell.actor(), "Dr. Nell Ashby is the Nell the review credits");
            assertTrue(nell.quoteIds().size() >= 1 && !names.contains("Dr. Nell Ashby"), names.toString());
            assertEquals("Corin", ws.character("Corin V.").orElseThrow().name().split(" ")[0],
                    "Corin V. speaks as Corin Vale");
            assertEquals(1, names.stream().filter(n -> n.startsWith("Corin")).count(), names.toString());
            assertEquals("Malik Osei", ws.character("Corin V.").orElseThrow().actor(), "a titled credit's actor");

            FilmCharacter grace = ws.character("Grace").orElseThrow();
            assertEquals("Ottilie Marsh", grace.actor(), "a name that is also a word keeps its actor");
            Source review = ws.corpus().sources().stream().filter(s -> s.text().contains("grace in every frame"))
                    .findFirst().orElseThrow();
            for (Mention m : grace.mentions()) {
                if (m.sourceId().equals(review.id())) {
                    assertTrue(Character.isUpperCase(review.text().charAt(m.start())), "a mention of Grace in "
                            + "lower case: " + review.text().substring(m.start(), m.end() + 20));
                }
            }
            FilmCharacter elias = ws.character("Elias").orElseThrow();
            assertFalse(elias.aliases().stream().anyMatch(a -> a.contains("skipper") || a.contains("boat")),
                    "a line's words are no alias: " + elias.aliases());
        }
    }

    private static Quote onlyQuote(Workspace ws, String words) {
        List<Quote> found = ws.allQuotes().stream().filter(q -> q.text().contains(words)).toList();
        assertEquals(1, found.size(), words + ": " + found);
        return found.get(0);
    }
}
