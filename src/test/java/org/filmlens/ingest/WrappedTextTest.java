package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages saved as text by a browser or {@code lynx -dump} come wrapped at a fixed width. They read into the same
 * sources and passages as the same pages written a paragraph a line; a text that is not wrapped is read as it is.
 */
class WrappedTextTest {
    private static final Film LANTERN = new Film("The Salt Lantern", 2019, "Ines Okafor");

    /** Wraps every line longer than {@code width} at word breaks, as a plain-text saver does. */
    static String wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            StringBuilder current = new StringBuilder(indent);
            for (String word : line.strip().split(" ")) {
                if (current.length() > indent.length() && current.length() + 1 + word.length() > width) {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(indent);
                }
                current.append(current.length() > indent.length() ? " " : "").append(word);
            }
            out.add(current.toString());
        }
        return String.join("\n", out);
    }

    private static List<String> passages(Corpus corpus) {
        return corpus.passages().stream().map(p -> p.sourceId() + " " + p.kind() + " | " + p.text()).toList();
    }

    @Test
    void aDumpWrappedAtAnyCommonWidthReadsAsTheDumpItself(@TempDir Path tmp) throws Exception {
        String dump = Files.readString(LanternDumpGoldenTest.DIR.resolve("dump.txt"));
        Corpus plain = new Ingester().ingest(LANTERN, List.of(LanternDumpGoldenTest.DIR.resolve("dump.txt")),
                Progress.NONE);
        for (int width : new int[] {72, 80, 100}) {
            Path wrapped = Files.writeString(tmp.resolve("wrapped-" + width + ".txt"), wrap(dump, width));
            assertEquals(width, WrappedLines.widthOf(Files.readString(wrapped),
                    RawLines.of(Files.readString(wrapped))), "the width is recognised");
            Corpus read = new Ingester().ingest(LANTERN, List.of(wrapped), Progress.NONE);
            assertEquals(plain.sources().stream().map(s -> s.title()).toList(),
                    read.sources().stream().map(s -> s.title()).toList(), "wrapped at " + width);
            assertEquals(passages(plain), passages(read), "wrapped at " + width);
        }
    }

    @Test
    void textsWrittenAParagraphALineAreReadAsTheyAre() throws Exception {
        for (Path dump : List.of(LanternDumpGoldenTest.DIR.resolve("dump.txt"), Path.of("samples/her-2013/her-2013-web-pages.txt"))) {
            String text = Files.readString(dump);
            assertEquals(0, WrappedLines.widthOf(text, RawLines.of(text)), dump.toString());
        }
    }

    /** Lines of one fact each, every one ending its sentence, are no wrapped paragraph however even their lengths. */
    @Test
    void oneFactALineIsNotWrapped() {
        StringBuilder facts = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            facts.append("Fact ").append(i).append(": the Buick in the film was bought from a used car lot in Santa ")
                    .append("Rosa for ").append(400 + i).append(" dollars").append(" and a handshake".repeat(i % 3))
                    .append(".\n");
        }
        assertEquals(0, WrappedLines.widthOf(facts.toString(), RawLines.of(facts.toString())));
    }

    /** lynx -dump: long addresses in its references, link numbers in the text; a quotes page's short replies. */
    @Test
    void lynxDumpsAndQuotesPagesWithShortRepliesAreUnwrapped(@TempDir Path tmp) throws Exception {
        String dump = Files.readString(LanternDumpGoldenTest.DIR.resolve("dump.txt"));
        Corpus plain = new Ingester().ingest(LANTERN, List.of(LanternDumpGoldenTest.DIR.resolve("dump.txt")),
                Progress.NONE);
        String lynx = wrap(dump, 78).replaceFirst("Mara Quill", "[12]Mara Quill") + "\n\nReferences\n\n"
                + "   1. https://www.example.org/wiki/The_Salt_Lantern_(2019_film)?action=edit&section=3\n"
                + "   2. https://www.example.org/wiki/Special:Search?search=lighthouse+films+of+2019&go=Go\n";
        Path file = Files.writeString(tmp.resolve("lynx.txt"), lynx);
        assertEquals(78, WrappedLines.widthOf(lynx, RawLines.of(lynx)), "the addresses say nothing of the width");
        Corpus read = new Ingester().ingest(LANTERN, List.of(file), Progress.NONE);
        assertTrue(read.passages().stream().noneMatch(p -> p.text().contains("[12]")), "link numbers are lynx's");
        String first = plain.passages().stream().map(Passage::text).filter(t -> t.contains("Mara Quill")).findFirst()
                .orElseThrow();
        assertTrue(read.passages().stream().anyMatch(p -> p.text().equals(first)), "whole, as written: " + first);
    }

    @Test
    void aWrappedPageKeepsItsListItemsLabelsAndHyphenatedWords(@TempDir Path tmp) throws Exception {
        List<String> paragraphs = List.of(
                "Salt Harbor Blues is a harbour-town noir about a dock detective who narrates the story from the "
                        + "night his partner drowned, and it has grown a following since its quiet release in 1986.",
                "Dana Whitcombe plays Cal Dorsey as a man who has stopped expecting the town to tell him the truth, "
                        + "and the script gives him lines that sound like they were salted and hung up to dry.",
                "Maribel Ochoa is the film's real puzzle: a bookkeeper who knows where every body went and why, "
                        + "and who says less in ninety minutes than Cal says in the first reel of the picture.",
                "These are the lines that people still quote to each other on the pier, in the bars along the "
                        + "front, and in the comment sections of every website that has ever reviewed the film.");
        StringBuilder page = new StringBuilder("Night Screen\n\nSalt Harbor Blues: Ten Lines We Still Quote\n\n");
        for (String paragraph : paragraphs) {
            page.append(wrap(paragraph, 72)).append("\n\n");
        }
        page.append(wrap("1. Cal Dorsey: Every town has a tide line, and every body washes up past it sooner "
                + "or later.", 72)).append('\n');
        page.append("2. Maribel Ochoa: I didn't kill him. I just didn't stop the water.\n");
        page.append(wrap("Cal Dorsey: The sea keeps its own ledger, and it never once has balanced in my "
                + "favour.", 72)).append('\n');
        page.append("Maribel Ochoa: Then stop keeping it.\n");
        page.append("Cal Dorsey: The sea keeps a ledger, and it never balanced in my favour.\n"); // a full line
        page.append("Radio Voice: All boats return to the harbour, the fog is coming in.\n\n");
        page.append("The film's best scene is the long walk along the pier, with a well-\n");
        page.append("known ending that every review of the film mentions sooner or later.\n\n");
        page.append(wrap("It came out on home video in the spring of the year after its release, in 1987. It sold "
                + "poorly, and in an interview with the critic of the Harbour Times, Whitcombe said so:", 72))
                .append('\n');
        Path file = Files.writeString(tmp.resolve("page.txt"), page.toString());
        Corpus corpus = new Ingester().ingest(new Film("Salt Harbor Blues", 1986, null), List.of(file),
                Progress.NONE);
        List<String> texts = corpus.passages().stream().map(Passage::text).toList();
        assertTrue(texts.containsAll(paragraphs), "each paragraph whole: " + texts);
        assertTrue(texts.contains("Every town has a tide line, and every body washes up past it sooner or later.")
                || texts.stream().anyMatch(t -> t.endsWith("washes up past it sooner or later.")
                && t.contains("Cal Dorsey")), "a numbered line whole: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("I just didn't stop the water.")
                && !t.contains("ledger")), "the next item stays apart: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Then stop keeping it.") && !t.contains("ledger")),
                "a speaker's line stays apart: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Radio Voice:")), "one who speaks once too: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("a well-known ending")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("in 1987. It sold poorly")), "a year is no list item");
    }
}
