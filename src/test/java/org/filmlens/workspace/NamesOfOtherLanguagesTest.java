package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with particles and elisions ("Ana de Armas", "José de la Cruz", "Françoise d’Aubigné") are whole names in
 * credits and in labels; a French title ("Mme.") is a title; a speaker labelled by the full name another
 * character is credited under is that character; a site's "Related:" links are no one's lines.
 */
class NamesOfOtherLanguagesTest {
    private static final String CAST = """
            Knife Point (2019) - Full Cast

            Knife Point (2019) is a mystery directed by Rian Okafor. It follows a nurse caught in a family's feud after the patriarch dies.

            Ana de Armas as Marta Cabrera
            Benicio del Toro as Detective José de la Cruz
            Françoise d’Aubigné as Mme. Hélène Lefèvre
            Liam O’Brien as Hugo Thrombey
            Nora (Leila Ashford) is Hugo's wife.

            Marta Cabrera is the heart of the film. Ana de Armas plays her with warmth, and José de la Cruz circles her like a hawk. Marta never lies; José de la Cruz knows it. Mme. Lefèvre watches them both, and Hugo Thrombey sulks in the corner while Marta waits. His wife, Nora Thrombey, pours the tea.

            Marta: I didn't do anything wrong, I swear to you.
            José de la Cruz: Nobody said you did, señora. Not yet. (« Nadie dijo que lo hiciste. »)
            Mme. Lefèvre: The house remembers everything you did here.
            Hugo: I want my inheritance back, all of it.
            Marta: Then you should have been kinder to him.
            Nora Thrombey: The tea is getting cold, Hugo.
            Nora Thrombey: Sit down before you fall down.

            Related: 10 Mysteries With Endings That Are Still Debated
            Related: Every Rian Okafor Movie, Ranked
            """;

    @Test
    void namesWithParticlesAreWholeAndLabelsMeetTheirCredits(@TempDir Path tmp) throws Exception {
        Path page = Files.writeString(tmp.resolve("cast.txt"), CAST);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(page), Progress.NONE);
            assertEquals("Ana de Armas", ws.character("Marta").orElseThrow().actor());
            assertEquals("Liam O’Brien", ws.character("Hugo").orElseThrow().actor());
            FilmCharacter jose = ws.character("José de la Cruz").orElseThrow();
            assertEquals("Benicio del Toro", jose.actor());
            assertEquals(1, jose.quoteIds().size(), "a label with particles speaks, its line's translation after it");
            assertEquals("Françoise d’Aubigné", ws.character("Mme. Lefèvre").orElseThrow().actor());
            FilmCharacter nora = ws.character("Nora").orElseThrow();
            assertEquals("Leila Ashford", nora.actor());
            assertEquals(2, nora.quoteIds().size(), "'Nora Thrombey:' labels the credited Nora's lines");
            List<String> names = ws.characters().stream().map(FilmCharacter::name).toList();
            assertFalse(names.contains("Nora Thrombey") || names.contains("Related"), names.toString());
            assertTrue(ws.allQuotes().stream().noneMatch(q -> q.text().contains("Ranked")), "a link is no line");
        }
    }
}
