package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page copied from a browser as text: the site's name, its menu one item a line, a cookie banner, a kicker, then
 * the headline and its byline; question headings over the answers; "Related:" links at the end. The headline is
 * the title, the byline the author; the menu, the banner, a one-line menu and a breadcrumb are debris; the
 * question headings stay.
 */
class PageCopiedAsTextTest {
    private static final String PAGE = """
            ScreenFeed
            Movies
            TV
            Reality TV
            Games
            Lists
            Sign In

            This site uses cookies. Learn more. Got it!

            Home > Lists > Sci-Fi

            Explainers

            Halcyon Drift Ending Explained: Elias Never Left The Lattice

            By Corinne Hadley

            Interviews | Festivals | Craft | Archive

            Marek Olsen-Ruiz's Halcyon Drift ends with one of the most argued-over cuts to black of its decade. Elias Crane tests a lucid-dreaming rig called the Lattice while grieving his wife Nora, and the ending of Halcyon Drift leaves him in the Lattice.

            Was It All A Dream?

            Yes, and the film tells you so in its own grammar. Inside the Lattice a watch cannot keep time, and in the last shot of Halcyon Drift the second hand stutters. Elias never woke up; he chose to stay in the dream where Nora is alive.

            What Does The Moth Mean?

            The moth is the film's recurring sign of the Lattice. It appears in the first test session of Halcyon Drift and in every dream after, and its arrival on the kitchen window confirms Elias is still inside the dream.

            Who Is The Man In The Grey Coat?

            The stranger is Elias himself, decades older, the version of him that never came back out of the Lattice. He knows every floor of the lab, and he uses Elias's nickname for Nora in the last act of Halcyon Drift.

            Related: 10 Movies With Endings That Are Still Debated
            Related: Every Christopher Nolan Movie, Ranked
            """;

    private static final String THREAD = """
            Skip to main content
            reddit
            r/movies
            Log In

            Posted by u/lucid_larkspur
            11 yr. ago

            [Discussion] Halcyon Drift (2004) - did Elias actually wake up at the end or not?

            Rewatched Halcyon Drift last night. The watch hesitates for one frame and then ticks normally. My girlfriend says that means Elias is awake, I say it means he is dreaming.

            1.4k
            Share
            Report
            Save

            u/nightjar_reel
            11y ago
            He's dreaming. The film sets up the rule that watches don't work in the Lattice and then breaks it on purpose in the last shot of Halcyon Drift.
            Reply
            Share
            2.3k
            u/okonkwo_frames
            11y ago
            > The moth is in every single dream sequence
            No it isn't. There's a moth on Ada's hospital window in Halcyon Drift and that scene is definitely real.
            Reply
            Share
            1.1k
            u/nightjar_reel
            11y ago
            Is it though? Elias falls asleep in the hospital chair right before it.
            Reply
            Share
            640
            u/okonkwo_frames
            11y ago
            ok that's fair, but then nothing in the film is definitely real
            Reply
            Share
            402
            """;

    @Test
    void aThreadIsTitledByItsPostAndKeepsEveryReply(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("thread.txt"), THREAD);
        Corpus corpus = new Ingester().ingest(new Film("Halcyon Drift", 2004, null), List.of(file), Progress.NONE);
        Source thread = corpus.sources().get(0);
        assertEquals("[Discussion] Halcyon Drift (2004) - did Elias actually wake up at the end or not?",
                thread.title());
        assertEquals("lucid_larkspur", thread.author(), "the poster above the title");
        for (String reply : List.of("He's dreaming.", "No it isn't.", "Is it though?", "ok that's fair")) {
            assertTrue(thread.text().contains(reply), reply + " lost from:\n" + thread.text());
        }
        for (String debris : List.of("u/nightjar_reel", "11y ago", "Reply", "2.3k", "11 yr. ago")) {
            assertFalse(thread.text().contains(debris), debris + " left in:\n" + thread.text());
        }
    }

    @Test
    void aThreadWithoutReplyButtonsKeepsItsRepliesAndDropsItsPosters(@TempDir Path tmp) throws Exception {
        String thread = THREAD.substring(0, THREAD.indexOf("1.4k")) + """
                u/nets_and_knots · 2 yr. ago

                I disagree. The paramedic checks his pupils and they react in the last scene of Halcyon Drift.

                u/lowtide_larry · 2 yr. ago

                Also the watch: Elias winds it because his father did.

                u/harborghost · 2 yr. ago

                Fair, but then why does the moth land?

                Continue this thread →
                """;
        Path file = Files.writeString(tmp.resolve("thread.txt"), thread);
        Source page = new Ingester().ingest(new Film("Halcyon Drift", 2004, null), List.of(file), Progress.NONE)
                .sources().get(0);
        for (String reply : List.of("I disagree.", "Also the watch", "Fair, but then why does the moth land?")) {
            assertTrue(page.text().contains(reply), reply + " lost from:\n" + page.text());
        }
        assertFalse(page.text().contains("u/nets_and_knots") || page.text().contains("2 yr. ago"), page.text());
    }

    @Test
    void aSongsStanzasAreKeptWhole(@TempDir Path tmp) throws Exception {
        String page = """
                SongVerse Lyrics
                Home
                Artists
                Albums
                Soundtracks

                Keep the Light Burning Lyrics

                By Corwin Leith

                Keep the Light Burning is the song Wren sings in Halcyon Drift when the fog comes in, and it returns over the last scene of the film.

                [Verse 1: Wren]
                Salt upon the window
                Fog upon the stair
                Someone's out there sailing
                Someone needs us there
                [Chorus: Wren]
                Keep the light burning
                Keep the light burning
                When the whole sea's turning
                We keep the light burning

                Share on Facebook
                Submit Corrections
                """;
        Path file = Files.writeString(tmp.resolve("lyrics.txt"), page);
        Source song = new Ingester().ingest(new Film("Halcyon Drift", 2004, null), List.of(file), Progress.NONE)
                .sources().get(0);
        for (String line : List.of("Salt upon the window", "Someone needs us there", "When the whole sea's turning")) {
            assertTrue(song.text().contains(line), line + " lost from:\n" + song.text());
        }
        assertFalse(song.text().contains("Albums") || song.text().contains("Submit Corrections"), song.text());
    }

    @Test
    void anInfoboxAndACastListStayAndAWikisMenuGoes(@TempDir Path tmp) throws Exception {
        String page = """
                Jump to content
                Main menu
                Current events
                Random article
                Contact us
                Donate

                Halcyon Drift

                From Wikipedia, the free encyclopedia

                Directed by Marek Olsen-Ruiz
                Produced by Henrike Sollen
                Starring Thomas Wade, Leila Ashford, Marion Pike
                Release date March 5, 2004
                Running time 104 minutes

                Halcyon Drift is a 2004 science fiction thriller film directed by Marek Olsen-Ruiz. Elias Crane, a sleep researcher, tests the Lattice while grieving his wife Nora, and the film ends on a famously ambiguous cut.

                Cast
                Thomas Wade as Elias Crane
                Leila Ashford as Nora Crane
                Anton Gregoric as Hollis Barrow
                Lucas Ferrand as the Stranger, a man in a grey coat

                Elias Crane wakes in his kitchen in the last scene of Halcyon Drift, and the film cuts to black before the watch settles, which viewers of Halcyon Drift still argue about.
                """;
        Path file = Files.writeString(tmp.resolve("wiki.txt"), page);
        String text = new Ingester().ingest(new Film("Halcyon Drift", 2004, null), List.of(file), Progress.NONE)
                .sources().stream().map(Source::text).reduce("", String::concat);
        for (String fact : List.of("Produced by Henrike Sollen", "Running time 104 minutes",
                "Anton Gregoric as Hollis Barrow", "Lucas Ferrand as the Stranger, a man in a grey coat")) {
            assertTrue(text.contains(fact), fact + " lost from:\n" + text);
        }
        assertFalse(text.contains("Random article") || text.contains("Donate"), text);
    }

    @Test
    void theHeadlineTitlesThePageAndTheSiteChromeGoes(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("screenfeed.txt"), PAGE);
        Corpus corpus = new Ingester().ingest(new Film("Halcyon Drift", 2004, null), List.of(file), Progress.NONE);
        assertEquals(1, corpus.sources().size());
        Source page = corpus.sources().get(0);
        assertEquals("Halcyon Drift Ending Explained: Elias Never Left The Lattice", page.title());
        assertEquals("ScreenFeed", page.site());
        assertEquals("Corinne Hadley", page.author());
        for (String debris : List.of("Reality TV", "Games", "cookies", "Home > Lists", "Festivals", "Explainers",
                "Related:")) {
            assertFalse(page.text().contains(debris), debris + " left in:\n" + page.text());
        }
        for (String heading : List.of("Was It All A Dream?", "What Does The Moth Mean?",
                "Who Is The Man In The Grey Coat?")) {
            assertTrue(page.text().contains(heading), heading + " lost from:\n" + page.text());
        }
    }
}
