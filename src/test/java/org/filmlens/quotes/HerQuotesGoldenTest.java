package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-checked quotes of the sample dump about Her (2013), through the real ingest. */
class HerQuotesGoldenTest {
    private static GoldenQuotes her;

    @BeforeAll
    static void ingest() {
        her = new GoldenQuotes(Path.of("samples/her-2013/her-2013-web-pages.txt"));
    }

    @Test
    void everyOccurrenceIsAnExactStretchOfItsSource() {
        her.assertWellFormed();
    }

    @Test
    void aQuoteSharesItsTextWithTheOccurrenceItIsReadFrom() {
        // the canonical words of a one-stretch line are that occurrence's String, not a copy of it
        long shared = 0;
        for (Quote q : her.quotes) {
            if (q.occurrences().stream().anyMatch(o -> o.text().equals(q.text()))) {
                assertTrue(q.occurrences().stream().anyMatch(o -> o.text() == q.text()), q.text());
                shared++;
            }
        }
        assertTrue(shared > her.quotes.size() / 2, shared + " of " + her.quotes.size());
    }

    @Test
    void theHeartIsNotABox() {
        Quote q = her.quote("not like a box that gets filled up", "Samantha");
        assertTrue(q.text().startsWith("The heart is not like a box that gets filled up; it expands"));
        her.assertSources(q, "Screen Rant", "IMDb", "Our Culture");
        her.assertOccurrence(q, "Screen Rant", "The heart\u2019s not like a box that gets filled up");
        her.assertOccurrence(q, "Screen Rant", "It expands in size the more you love.");
    }

    @Test
    void comeFindMe() {
        Quote q = her.quote("if you ever get there, come find me", "Samantha");
        her.assertSources(q, "Go Into The Story", "IMDb", "Game Rant");
        her.assertOccurrence(q, "Game Rant", "if you ever get there, come find me.");
    }

    @Test
    void meTooNowWeKnowHow() {
        Quote q = her.quoteWithText("Me too. Now we know how.", "Samantha");
        her.assertSources(q, "IMDb", "Game Rant");
        her.assertOccurrence(q, "Game Rant", "Me too, now I know how.");
        assertEquals("Samantha", q.occurrences().stream().filter(o -> o.text().contains("now I know"))
                .findFirst().orElseThrow().speaker());
    }

    @Test
    void theLetterToCatherineAndItsFragments() {
        Quote q = her.quote("Dear Catherine, I've been sitting here", "Theodore");
        her.assertSources(q, "Screen Rant", "IMDb", "Our Culture", "Game Rant");
        her.assertOccurrence(q, "Game Rant",
                "I just wanted you to know, there will be a piece of you in me always.");
        her.assertOccurrence(q, "Screen Rant", "All the pain we caused each other. Everything I put on you. "
                + "Everything I needed you to be or needed you to say.");
        assertTrue(q.occurrences().stream().anyMatch(o -> o.text().startsWith("I\u2019ll always love you")
                && "Theodore".equals(o.speaker())), "\u201che writes\u201d is Theodore");
        assertTrue(q.occurrences().stream().anyMatch(o -> "last lines".equals(o.marker())));
    }

    @Test
    void thePastIsJustAStory() {
        Quote q = her.quoteWithText("The past is just a story we tell ourselves.", "Samantha");
        her.assertSources(q, "IMDb", "Our Culture");
    }

    @Test
    void theAtlanticsQuotations() {
        Quote song = her.quote("Play a melancholy song", "Theodore");
        her.assertSources(song, "The Atlantic");
        Quote faking = her.quote("unless she\u2019s been faking it", "Theodore");
        assertTrue(faking.text().endsWith("unless she's faking it."));
        her.assertSources(faking, "IMDb", "The Atlantic");
        Quote amy = her.quote("I think everyone you have sex with is probably faking it.", null);
        assertEquals("Amy", amy.speaker());
        her.assertSources(amy, "IMDb", "The Atlantic");
        Quote dictated = her.quote("Lying naked beside you in that apartment", "Theodore");
        assertTrue(dictated.text().startsWith("To my Chris."));
        assertTrue(dictated.occurrences().stream().anyMatch(o -> "first lines".equals(o.marker())));
    }

    @Test
    void aSingleQuotedQuestionMatchesTheLabelledLine() {
        Quote q = her.quote("How would you describe your relationship with your mother?", "OS1 Commercial Lead");
        her.assertSources(q, "IMDb", "Game Rant");
    }

    @Test
    void listicleExcerptsJoinTheWholeLine() {
        Quote q = her.quote("I keep waiting to not care about her.", "Theodore");
        assertTrue(q.text().startsWith("No, don't apologize."));
        her.assertSources(q, "IMDb", "Our Culture");
        Quote grew = her.quote("growing without growing apart", "Theodore");
        her.assertSources(grew, "IMDb", "Our Culture");
    }

    @Test
    void aFullNameLabelIsTheShortName() {
        Quote q = her.quote("Sometimes I think I have felt everything", "Theodore");
        her.assertSources(q, "IMDb", "Our Culture");
        assertFalse(her.quotes.stream().anyMatch(x -> "Theodore Twombly".equals(x.speaker())));
    }

    @Test
    void linesThatShareWordsStayApart() {
        Quote yours = her.quote("I'm yours, and I'm not yours.", "Samantha");
        Quote mine = her.quote("You're mine or you're not mine.", "Theodore");
        assertNotEquals(yours.id(), mine.id());
        assertEquals(2, yours.occurrences().size()); // both IMDb wordings, one line
        Quote weird = her.quote("Do you think I'm weird?", "Samantha");
        assertTrue(weird.occurrences().stream().map(QuoteOccurrence::text)
                .anyMatch(t -> t.equals("Is that weird? You think I'm weird?")));
        Quote shortPast = her.quoteWithText("The past is just a story we tell ourselves.", "Samantha");
        Quote longPast = her.quote("I was simply remembering it as something", "Samantha");
        assertNotEquals(shortPast.id(), longPast.id());
    }

    @Test
    void scareQuotesTitlesAndMessagesAreNotQuotes() {
        for (String notAQuote : new String[] {"mind", "Her", "Argo", "Amy", "beautiful handwritten letters",
                "Operating System Not Found.", "human", "OS1.", "Definitive List of Cliched Dialogue",
                "How can He have intercourse with me, having produced me from Himself?"}) {
            assertFalse(her.anyQuoteReads(notAQuote), notAQuote);
        }
    }

    @Test
    void idsAreStableAcrossRuns() {
        GoldenQuotes again = new GoldenQuotes(Path.of("samples/her-2013/her-2013-web-pages.txt"));
        assertEquals(her.quotes.stream().map(Quote::id).toList(), again.quotes.stream().map(Quote::id).toList());
    }
}
