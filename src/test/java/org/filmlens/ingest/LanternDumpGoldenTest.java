package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invented film's dump (The Salt Lantern, 2019), checked against the hand-written facts in its expected.md:
 * the same rules that clean the Her sample, nothing tuned to either dump.
 */
class LanternDumpGoldenTest {
    static final Path DIR = Path.of("src/test/resources/dumps/lantern-2019");
    static Corpus corpus;
    static List<List<String>> blocks;

    @BeforeAll
    static void ingest() throws Exception {
        corpus = new Ingester().ingest(new Film("The Salt Lantern", 2019, "Ines Okafor"),
                List.of(DIR.resolve("dump.txt")), Progress.NONE);
        blocks = lineBlocks(Files.readAllLines(DIR.resolve("expected.md"), StandardCharsets.UTF_8));
    }

    @Test
    void sevenSourcesWithTitlesSitesAuthorsAndKinds() {
        List<String> rows = corpus.sources().stream()
                .map(s -> s.title() + " | " + s.site() + " | " + s.kind().label()).toList();
        assertEquals(List.of(
                "The Salt Lantern Ending Explained: Why Mara Left The Island & What The Last Light Means"
                        + " | Reel Current | article",
                "Anatomy of a Scene: \u201CThe Salt Lantern\u201D | Medium | article",
                "The Salt Lantern (2019) - Quotes | IMDb | quotes",
                "12 Memorable Quotes From The Salt Lantern (2019) | Cinema Lattice | listing",
                "The Salt Lantern, Ending Explained | Frame Theory | article",
                "What does the final light in The Salt Lantern mean? | Movies & TV Stack Exchange | qa",
                "The Salt Lantern Is a Ghost Story That Refuses to Say Boo | Lumen Weekly | article"), rows);
        assertEquals("Gideon Pell", corpus.sources().get(1).author());
        assertEquals("Rosalind Achterberg", corpus.sources().get(3).author());
        assertEquals("Nadia Fairweather", corpus.sources().get(4).author());
        assertEquals(null, corpus.sources().get(0).author());
        assertEquals(null, corpus.sources().get(6).author());
        assertFalse(corpus.sources().stream().anyMatch(s -> s.title().contains("Notes on Grief")));
    }

    @Test
    void firstAndLastContentLineOfEveryPageArePassages() {
        List<String> firstLast = blocks.get(0);
        assertEquals(14, firstLast.size());
        for (int i = 0; i < firstLast.size(); i++) {
            Source s = corpus.sources().get(i / 2);
            List<Passage> ps = corpus.passagesOf(s.id());
            Passage p = i % 2 == 0 ? ps.get(0) : ps.get(ps.size() - 1);
            if (blocks.get(4).contains(p.text())) {
                // a borderline line (section 3: a caption, a closing link line) may be kept or not
                p = i % 2 == 0 ? ps.get(1) : ps.get(ps.size() - 2);
            }
            assertEquals(firstLast.get(i), p.text(), s.id() + (i % 2 == 0 ? " first" : " last"));
        }
    }

    @Test
    void pageOneHeadingsAndDecks() {
        List<String> headings = blocks.get(1);
        List<Passage> ps = corpus.passagesOf(corpus.sources().get(0).id());
        for (int i = 0; i < headings.size(); i += 2) {
            String heading = headings.get(i);
            Passage h = ps.stream().filter(p -> p.text().equals(heading)).findFirst().orElseThrow();
            Passage deck = ps.get(h.ordinal() + 1);
            assertEquals(PassageKind.HEADING, h.kind(), heading);
            assertEquals(headings.get(i + 1), deck.text());
            assertEquals(PassageKind.DECK, deck.kind(), deck.text());
            assertEquals(heading, deck.section());
        }
        List<Passage> frame = corpus.passagesOf("frame-theory");
        for (String heading : List.of("What Is The Salt Lantern About?", "How Does The Salt Lantern End?",
                "The Ending's Lasting Loneliness")) {
            assertTrue(frame.stream().anyMatch(p -> p.text().equals(heading) && p.kind() == PassageKind.HEADING),
                    heading);
        }
    }

    @Test
    void noDebrisLineSurvivesAndNoListingLineIsAPassage() {
        List<String> debris = blocks.get(3);
        assertTrue(debris.size() > 70);
        List<String> listing = blocks.get(2);
        Set<String> texts = new HashSet<>();
        corpus.passages().forEach(p -> texts.add(p.text()));
        List<String> survivors = new ArrayList<>();
        for (String d : concat(debris, listing)) {
            if (texts.contains(d) || d.split(" ").length >= 6
                    && corpus.sources().stream().anyMatch(s -> s.text().contains(d))) {
                survivors.add(d);
            }
        }
        assertEquals(List.of(), survivors);
    }

    @Test
    void quotesPagesAreDialogue() {
        assertEquals(63, corpus.passagesOf("imdb").stream().filter(p -> p.kind() == PassageKind.DIALOGUE).count());
        assertEquals(12, corpus.passagesOf("cinema-lattice").stream()
                .filter(p -> p.kind() == PassageKind.DIALOGUE).count());
    }

    @Test
    void offsetsAndStableIds() throws Exception {
        for (Passage p : corpus.passages()) {
            assertEquals(p.text(), corpus.source(p.sourceId()).orElseThrow().text().substring(p.start(), p.end()));
        }
        Corpus again = new Ingester().ingest(corpus.film(), List.of(DIR.resolve("dump.txt")), Progress.NONE);
        assertEquals(corpus.passages(), again.passages());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The ```lines blocks of expected.md, each line as the ingester reads it (marker off, spaces collapsed). */
    static List<List<String>> lineBlocks(List<String> md) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        for (String l : md) {
            if (l.startsWith("```lines")) {
                current = new ArrayList<>();
            } else if (l.startsWith("```") && current != null) {
                out.add(current);
                current = null;
            } else if (current != null && !l.isBlank()) {
                current.add(Line.parse(0, l).text());
            }
        }
        return out;
    }

    static List<String> readLines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
}
