package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-checked facts about the bundled Her (2013) dump after ingest. */
class HerSampleGoldenTest {
    static final Path DUMP = Path.of("samples/her-2013/her-2013-web-pages.txt");
    static final Film FILM = new Film("Her", 2013, "Spike Jonze");
    /** Lines that become a source's title, site or author instead of text. */
    static final Set<String> HEADER_LINES = Set.of("Screen Rant",
            "Her ending explained: why samantha left & what it means.", "Script To Screen: \u201CHer\u201D",
            "Scott Myers", "Written by Scott Myers", "Go Into The Story", "16 Memorable Quotes From Her (2013)",
            "Svetlana Sterlin", "Her, Ending Explained", "Why Her Is the Best Film of the Year");

    static Corpus corpus;

    @BeforeAll
    static void ingest() throws Exception {
        corpus = new Ingester().ingest(FILM, List.of(DUMP), Progress.NONE);
    }

    @Test
    void sixPagesBecomeSixSourcesWithTheirRealTitlesSitesAuthorsAndKinds() {
        List<String> rows = corpus.sources().stream()
                .map(s -> s.id() + " | " + s.title() + " | " + s.site() + " | " + s.author() + " | " + s.kind())
                .toList();
        assertEquals(List.of(
                "screen-rant | Her Ending Explained: Why Samantha Left & What It Means | Screen Rant | null | ARTICLE",
                "go-into-the-story | Script To Screen: \u201CHer\u201D | Go Into The Story | Scott Myers | ARTICLE",
                "imdb | Her (2013) - Quotes | IMDb | null | QUOTES",
                "our-culture | 16 Memorable Quotes From Her (2013) | Our Culture | Svetlana Sterlin | LISTING",
                "game-rant | Her, Ending Explained | Game Rant | null | ARTICLE",
                "the-atlantic | Why Her Is the Best Film of the Year | The Atlantic | null | ARTICLE"), rows);
        corpus.sources().forEach(s -> assertNull(s.url()));
    }

    @Test
    void searchListingIsNotASourceAndItsMissingPagesAreNotInvented() {
        for (Source s : corpus.sources()) {
            assertFalse(s.text().contains("COMMENTS"), s.id());
            assertFalse(s.text().contains("Her Essay"), s.id());
            assertFalse(s.text().contains("Mission Hills"), s.id());
        }
    }

    @Test
    void noDebrisLineSurvives() throws IOException {
        List<String> debris = debrisLines();
        assertEquals(76, debris.size());
        Set<String> passageTexts = passageTexts();
        for (String d : debris) {
            assertFalse(passageTexts.contains(d), "debris kept as a passage: " + d);
            if (d.split(" ").length >= 3) {
                for (Source s : corpus.sources()) {
                    assertFalse(s.text().contains(d), "debris in " + s.id() + ": " + d);
                }
            }
        }
    }

    @Test
    void everyOtherLineOfThePagesIsKeptAsAPassageOrInASourceHeader() throws IOException {
        Set<String> debris = new HashSet<>(debrisLines());
        Set<String> passageTexts = passageTexts();
        List<String> lost = new ArrayList<>();
        for (String raw : Files.readAllLines(DUMP, StandardCharsets.UTF_8)) {
            if (raw.equals("IMAGES")) {
                break; // the search listing starts here
            }
            String line = Line.parse(0, raw).text();
            if (!line.isEmpty() && !debris.contains(line) && !HEADER_LINES.contains(line)
                    && !passageTexts.contains(line)) {
                lost.add(line);
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void chosenPassagesHaveExactTextSectionKindAndOffsets() {
        assertPassage("screen-rant.p5", PassageKind.HEADING, "What Happens At The End Of Her", 2116, 2146,
                "What Happens At The End Of Her");
        assertPassage("screen-rant.p6", PassageKind.DECK, "What Happens At The End Of Her", 2148, 2176,
                "Theodore has a broken heart.");
        assertPassage("game-rant.p2", PassageKind.HEADING, "What Is Her About?", 1342, 1360, "What Is Her About?");
        assertPassage("game-rant.p13", PassageKind.PARAGRAPH, "How Does Her End?", 5660, 5685,
                "\u201CMe too, now I know how.\u201D");
        assertPassage("imdb.p0", PassageKind.PARAGRAPH, null, 0, 29, "Joaquin Phoenix in Her (2013)");
        assertPassage("imdb.p26", PassageKind.DIALOGUE, null, 3659, 3773, "Samantha : It would be hard to explain, "
                + "but if you ever get there, come find me. Nothing would ever pull us apart.");
        assertPassage("our-culture.p7", PassageKind.DIALOGUE, null, 1939, 1992,
                "Samantha: The past is just a story we tell ourselves.");
        assertPassage("the-atlantic.p6", PassageKind.PARAGRAPH, null, 2322, 2345, "Then he meets Samantha.");
        assertEquals(PassageKind.DECK, corpus.passage("the-atlantic.p0").orElseThrow().kind());
        assertEquals(PassageKind.BULLET, corpus.passage("go-into-the-story.p6").orElseThrow().kind());
    }

    @Test
    void passageCountsPerSource() {
        assertEquals(List.of(36, 11, 267, 20, 21, 17),
                corpus.sources().stream().map(s -> corpus.passagesOf(s.id()).size()).toList());
    }

    @Test
    void everyOffsetPointsAtItsPassageText() {
        for (Passage p : corpus.passages()) {
            Source s = corpus.source(p.sourceId()).orElseThrow();
            assertEquals(p.text(), s.text().substring(p.start(), p.end()), p.id());
        }
    }

    @Test
    void quotesPageLinesAreDialogueAndOneSpeakerLinesToo() {
        List<Passage> imdb = corpus.passagesOf("imdb");
        assertEquals(266, imdb.stream().filter(p -> p.kind() == PassageKind.DIALOGUE).count());
        assertTrue(imdb.stream().anyMatch(p -> p.text().equals("Charles : It's so important to prioritize.")
                && p.kind() == PassageKind.DIALOGUE));
        assertTrue(imdb.stream().anyMatch(p -> p.text().equals("[ last lines ]") && p.kind() == PassageKind.DIALOGUE));
    }

    @Test
    void sameTextGivesSameIds() throws Exception {
        Corpus again = new Ingester().ingest(FILM, List.of(DUMP), Progress.NONE);
        assertEquals(corpus.sources(), again.sources());
        assertEquals(corpus.passages(), again.passages());
    }

    @Test
    void kindsComeOutRightWithoutTheListingToo() throws IOException {
        String text = Files.readString(DUMP);
        String pagesOnly = text.substring(0, text.indexOf("\nIMAGES\n"));
        List<Page> pages = DumpReader.read(pagesOnly, "Her").pages();
        assertEquals(6, pages.size());
        assertEquals("Screen Rant", pages.get(0).site);
        assertEquals("Script To Screen: \u201CHer\u201D", pages.get(1).title);
        assertEquals("Scott Myers", pages.get(1).author);
        assertEquals("Joaquin Phoenix in Her (2013)", pages.get(2).title);
        assertEquals("Svetlana Sterlin", pages.get(3).author);
        assertEquals("Her, Ending Explained", pages.get(4).title);
        assertEquals("Why Her Is the Best Film of the Year", pages.get(5).title);
    }

    private static void assertPassage(String id, PassageKind kind, String section, int start, int end, String text) {
        Passage p = corpus.passage(id).orElseThrow(() -> new AssertionError("no passage " + id));
        assertEquals(kind, p.kind(), id);
        assertEquals(section, p.section(), id);
        assertEquals(text, p.text(), id);
        assertEquals(start, p.start(), id);
        assertEquals(end, p.end(), id);
    }

    private static Set<String> passageTexts() {
        Set<String> out = new HashSet<>();
        corpus.passages().forEach(p -> out.add(p.text()));
        return out;
    }

    static List<String> debrisLines() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/ingest/her-2013-debris.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> Line.parse(0, l).text()) // as the ingester reads them: no-break spaces become spaces
                .toList();
    }
}
