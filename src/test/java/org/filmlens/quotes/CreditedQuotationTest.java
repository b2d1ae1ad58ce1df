package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote listicle's lines, each credited to its speaker after a dash, are lines of that speaker. */
class CreditedQuotationTest {
    @TempDir
    Path dir;

    private static String spoken(String text) {
        Optional<CreditedQuotation> c = CreditedQuotation.parse(text, 10);
        assertTrue(c.isPresent(), text);
        return c.get().label() + "|" + text.substring(c.get().spoken().start() - 10, c.get().spoken().end() - 10);
    }

    @Test
    void theCreditsListiclesWrite() {
        assertEquals("Elias|The light doesn't care who's lonely.",
                spoken("\u201cThe light doesn't care who's lonely.\u201d \u2014 Elias"));
        assertEquals("Mara Quill|Then it will smoke all night.", spoken("\"Then it will smoke all night.\" - Mara Quill"));
        assertEquals("June|Come home when you're done hiding",
                spoken("\u201c Come home when you're done hiding \u201d\u2015June, The Salt Lantern (2019)"));
        assertEquals("Elias|Most nights she even answers.",
                spoken("\u201cMost nights she even answers.\u201d \u2013 Elias (Tom Rhys)."));
        assertEquals("Corin|They send you or you run to it", spoken("\"They send you or you run to it\" -- Corin"));
    }

    @Test
    void notACreditedLine() {
        for (String text : List.of(
                "\u201cHer\u201d \u2014 Spike Jonze", // a title, not a line
                "\u201cToo short\u201d \u2014 Elias",
                "The keeper says \u201cthe light doesn't care\u201d \u2014 Elias", // the quotation does not open it
                "\u201cThe light doesn't care who's lonely.\u201d \u2014 and then the film cuts to black.",
                "\u201cOne line here.\u201d and \u201canother line there.\u201d \u2014 Elias",
                "\u201cThe light doesn't care who's lonely.\u201d \u2014 Elias, who then rows out, and never comes back, "
                        + "as every reviewer of the film has noted at some length in their own piece about it.",
                "")) {
            assertTrue(CreditedQuotation.parse(text, 0).isEmpty(), text);
        }
    }

    @Test
    void aCreditedLineLinksToTheSameLineLabelledOnAQuotesPage() throws Exception {
        Path imdb = Files.writeString(dir.resolve("imdb.txt"), "IMDb\n\nThe Salt Lantern (2019) - Quotes\n\n"
                + "  \u2022 Elias : The light doesn't care who's lonely. It only cares that it's lit.\n"
                + "  \u2022 Mara : Then it will smoke all night.\n"
                + "  \u2022 Elias : Only if you trim the wick badly.\n");
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
}
