package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.Test;

/** The film a pile of pages is about, read from their titles when no film.json names it. */
class FilmTitlesTest {
    private static List<Source> pages(String... titlesAndSites) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < titlesAndSites.length; i += 2) {
            out.add(new Source("s" + i, titlesAndSites[i], titlesAndSites[i + 1], null, null, SourceKind.ARTICLE,
                    "text"));
        }
        return out;
    }

    @Test
    void theRunOfWordsManyPagesTitlesShare() {
        Optional<Film> film = FilmTitles.guess(pages(
                "The Salt Lantern Ending Explained: Does Mara Keep The Light?", "Lantern Notes",
                "Review: ‘The Salt Lantern’ is a slow, cold marvel", "Film Column",
                "The Salt Lantern (2019) - Quotes", "Quote Vault",
                "A Second Look: The Ending Of The Salt Lantern", "Reel Retrospect",
                "Why Mara Leaves the Rock", "Lantern Notes",
                "r/movies", "reddit"));
        assertEquals(Optional.of(new Film("The Salt Lantern", 2019, null)), film);
    }

    @Test
    void aOneWordTitleAndItsYear() {
        assertEquals(Optional.of(new Film("Tide", 2020, null)), FilmTitles.guess(pages(
                "Tide Ending Explained: Why Ned Walks Into The Sea", "Screen Notes",
                "Script To Screen: “Tide”", "Go Into The Story",
                "Tide (2020) - Quotes", "Quote Vault",
                "Why Tide Is the Best Film of the Year", "The Monthly")));
    }

    @Test
    void noGuessWherePagesDoNotAgreeOrOneSiteAloneSaysIt() {
        assertTrue(FilmTitles.guess(pages("The Salt Lantern Ending Explained", "Lantern Notes")).isEmpty(),
                "one page");
        assertTrue(FilmTitles.guess(pages(
                "Ten Films About Fog", "Film Column",
                "The Best Endings Of The Year, Ranked", "Screen Notes",
                "Why We Love Lighthouse Movies", "Reel Retrospect")).isEmpty(), "only words about any film in common");
        assertTrue(FilmTitles.guess(pages(
                "Skerra Rock Diaries: Part One", "Skerra Rock Diaries",
                "Skerra Rock Diaries: Part Two", "Skerra Rock Diaries")).isEmpty(), "a site's name, one site");
    }
}
