package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote listicle's lines, each credited to its speaker after a dash, are lines of that speaker. */
class CreditedLinesTest {
    @TempDir
    Path dir;

    @Test
    void aCreditedLineLinksToTheSameLineLabelledOnAQuotesPage() throws Exception {
        Path imdb = quotesPage();
        Path listicle = Files.writeString(dir.resolve("listicle.txt"), "Listicle Weekly\n\n"
                + "12 Best Quotes From The Salt Lantern\n\n"
                + "These are the lines from the film about the lighthouse keeper and Mara that stay with us.\n\n"
                + "1. \u201cThe light doesn't care who's lonely. It only cares that it's lit.\u201d \u2014 Elias\n\n"
                + "2. \u201cMost nights she even answers, when the wireless is kind.\u201d \u2014 Elias Brand\n");
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(imdb, listicle), Progress.NONE);
        List<Quote> quotes = new QuoteFinder().find(corpus, Progress.NONE);
        Quote light = quotes.stream().filter(q -> q.text().startsWith("The light doesn't care")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes.toString()));
        assertEquals("Elias", light.speaker());
        assertEquals(2, light.sourceIds().size(), light.toString());
        Quote answers = quotes.stream().filter(q -> q.text().startsWith("Most nights")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes.toString()));
        assertEquals("Elias", answers.speaker(), "the credit's full name is the speaker the labels name");
    }

    /** A short credited line is shaped like a heading (no full stop at its end): it is a line, not a heading. */
    @Test
    void shortCreditedLinesAreLinesNotHeadings() throws Exception {
        Path listicle = Files.writeString(dir.resolve("listicle.txt"), "Listicle Weekly\n\n"
                + "Best Quotes From The Salt Lantern\n\n"
                + "These are the lines from the film about the lighthouse keeper and Mara that stay with us.\n\n"
                + "\u201cThe Salt Lantern\u201d \u2014 Tom Rhys\n\n" // a title and its maker: no line
                + "\u201cWhy do you do that?\u201d \u2014 Mara\n\n"
                + "\u201cToo short\u201d \u2014 Elias\n\n"
                + "\u201cSo the keeper never left the rock.\u201d \u2014 Elias\n\n"
                + "\u201cOh, Mara. That's hard.\u201d \u2014 Elias\n\n"
                + "\u201cSometimes it feels like we are.\u201d (Mara)\n");
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(quotesPage(), listicle), Progress.NONE);
        assertTrue(corpus.passages().stream().filter(p -> p.text().startsWith("\u201cWhy do you"))
                .allMatch(p -> p.kind() != PassageKind.HEADING), "a line, not a heading");
        List<Quote> quotes = new QuoteFinder().find(corpus, Progress.NONE).stream()
                .filter(q -> q.sourceIds().equals(List.of("listicle-weekly"))).toList();
        assertEquals(List.of("Why do you do that?", "So the keeper never left the rock.", "Oh, Mara. That's hard.",
                "Sometimes it feels like we are."), quotes.stream().map(Quote::text).toList());
        assertEquals(List.of("Mara", "Elias", "Elias", "Mara"), quotes.stream().map(Quote::speaker).toList());
    }

    /**
     * A critic's blurb or a maker's words are credited too, but to nobody who speaks in the film: they are no line
     * of the film, and their author is no character.
     */
    @Test
    void aCreditToSomeoneWhoNeverSpeaksIsNoLine() throws Exception {
        Path review = Files.writeString(dir.resolve("review.txt"), "Cinema Lattice\n\n"
                + "The Salt Lantern review: a lighthouse and a long goodbye\n\n"
                + "The film follows the keeper Elias and Mara through one winter on the rock, and it earns its end.\n\n"
                + "Tom Rhys plays Elias with a stillness the sea seems to have taught him.\n\n"
                + "\u201cThe most haunting film of the year, and the loneliest.\u201d \u2014 Ada Pryce, Harbour Times\n\n"
                + "\u201cI wanted the light itself to feel like a character.\u201d \u2014 Tom Rhys\n\n"
                + "\u201cI wanted the light itself to feel like a character.\u201d \u2014 Rhys\n\n"
                + "Mara Keel plays Mara, and plays her as a woman already halfway to the mainland.\n\n"
                + "\u201cI grew up in a house by the water, so the cold was easy.\u201d \u2014 Mara Keel\n");
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(quotesPage(), review), Progress.NONE);
        List<Quote> quotes = new QuoteFinder().find(corpus, Progress.NONE);
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("haunting") || q.text().contains("light itself")
                || q.text().contains("house by the water")), "an actor's words are no character's: " + quotes);
        assertTrue(quotes.stream().allMatch(q -> q.speaker() == null || List.of("Elias", "Mara").contains(q.speaker())),
                quotes.toString());
    }

    /** Wikiquote lists each character's lines under the character's name, without labels. */
    @Test
    void linesListedUnderTheirSpeakersHeadingAreTheirs() throws Exception {
        Path wiki = Files.writeString(dir.resolve("wikiquote.txt"), "Wikiquote\n\nThe Salt Lantern - Wikiquote\n\n"
                + "The Salt Lantern is a 2019 film about a lighthouse keeper and his new assistant on a rock.\n\n"
                + "Elias Brand\n\n"
                + "  \u2022 The light doesn't care who's lonely. It only cares that it's lit.\n"
                + "  \u2022 Three rules: wind the clock, trim the wick, and never talk to the sea.\n\n"
                + "Mara Quill\n\n"
                + "  \u2022 Then it will smoke all night.\n\n"
                + "Taglines\n\n"
                + "  \u2022 Some lights are kept for the living.\n");
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(quotesPage(), wiki), Progress.NONE);
        List<Quote> quotes = new QuoteFinder().find(corpus, Progress.NONE);
        Quote light = quotes.stream().filter(q -> q.text().startsWith("The light doesn't care")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes.toString()));
        assertEquals(List.of("imdb", "wikiquote"), light.sourceIds(), light.toString());
        Quote rules = quotes.stream().filter(q -> q.text().startsWith("Three rules")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes.toString()));
        assertEquals("Elias", rules.speaker(), "under Elias Brand, a line of Elias, whom the labels know");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Some lights are kept")),
                "a tagline is nobody's line");
    }

    private Path quotesPage() throws Exception {
        return Files.writeString(dir.resolve("imdb.txt"), "IMDb\n\nThe Salt Lantern (2019) - Quotes\n\n"
                + "  \u2022 Elias : The light doesn't care who's lonely. It only cares that it's lit.\n"
                + "  \u2022 Mara : Then it will smoke all night.\n"
                + "  \u2022 Elias : Only if you trim the wick badly.\n");
    }
}
