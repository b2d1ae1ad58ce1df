package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page scraped as one line of many sentences is read as passages of a readable length, cut between sentences. */
class LongLinesTest {
    private static final String SENTENCE = "Mara Quill rows out past Skerra Rock while the keeper watches the light. ";

    @TempDir
    Path dir;

    private Corpus ingest(String dump) throws Exception {
        Path p = Files.writeString(dir.resolve("dump.txt"), dump);
        return new Ingester().ingest(BadInputTest.FILM, List.of(p), Progress.NONE);
    }

    @Test
    void aLongParagraphIsCutBetweenSentencesIntoPassagesThatCoverIt() throws Exception {
        String paragraph = SENTENCE.repeat(200).strip(); // about 14,600 characters, one line
        Corpus c = ingest(BadInputTest.ARTICLE + "\n" + paragraph + "\n");
        Source s = c.sources().get(0);
        List<Passage> pieces = c.passagesOf(s.id()).stream().filter(p -> p.text().startsWith("Mara Quill rows")).toList();
        assertEquals(8, pieces.size(), "as few passages as hold it"); // 14,599 characters
        for (int i = 1; i < pieces.size(); i++) {
            assertTrue(pieces.get(i).ordinal() == pieces.get(i - 1).ordinal() + 1, "in order");
        }
        StringBuilder joined = new StringBuilder();
        for (Passage p : pieces) {
            assertTrue(p.text().length() <= PassageBuilder.MAX_PASSAGE_CHARS, p.text().length() + " characters");
            assertTrue(p.text().endsWith("light."), "cut after a sentence: " + p.text());
            assertEquals(p.text(), s.text().substring(p.start(), p.end()), "offsets into the source's text");
            assertEquals(PassageKind.PARAGRAPH, p.kind());
            joined.append(joined.length() == 0 ? "" : " ").append(p.text());
        }
        assertEquals(paragraph, joined.toString());
    }

    @Test
    void aLineWithoutSentenceEndsIsCutAtSpacesAndAWordLongerThanAPassageInsideIt() {
        String words = "word ".repeat(1000).strip();
        int cut = PassageBuilder.cutPoint(words, 0);
        assertTrue(cut <= PassageBuilder.MAX_PASSAGE_CHARS && words.charAt(cut) == ' ', "at a space: " + cut);
        String oneWord = "x".repeat(5000);
        assertEquals(PassageBuilder.MAX_PASSAGE_CHARS, PassageBuilder.cutPoint(oneWord, 0));
        // letters outside the BMP, the limit falling inside one: the cut is before it
        String pairs = "x" + "\uD835\uDC00".repeat(1500); // 3,001 characters: two shares of 1,501
        int inPairs = PassageBuilder.cutPoint(pairs, 0);
        assertEquals(1501 + 1501 / 4 - 1, inPairs, "the share's end falls inside a pair");
        assertTrue(Character.isHighSurrogate(pairs.charAt(inPairs)), "before a pair: " + inPairs);
    }

    /** A line a little over the limit is cut near its middle, not into a passage and a scrap. */
    @Test
    void theCutsShareALineEvenlyAndSkipAbbreviations() {
        String line = (SENTENCE.repeat(28) + "Then dir. by the keeper.").strip(); // 2,068 characters
        assertTrue(line.length() > PassageBuilder.MAX_PASSAGE_CHARS);
        int cut = PassageBuilder.cutPoint(line, 0);
        assertTrue(cut > 800 && cut < 1300, "near the middle: " + cut);
        assertTrue(line.substring(0, cut).endsWith("light."), line.substring(0, cut));
        String abbreviations = ("The keeper, dir. by " + "x".repeat(14) + ". ").repeat(60).strip();
        int at = PassageBuilder.cutPoint(abbreviations, 0);
        assertTrue(!abbreviations.substring(0, at).endsWith("dir."), "not after an abbreviation");
    }

    /** A list item or line of dialogue too long to be one is cut into paragraphs, and counts as one line. */
    @Test
    void aLongListItemIsCutIntoParagraphsThatCountAsOneLine() throws Exception {
        String item = SENTENCE.repeat(60).strip();
        Corpus c = ingest(BadInputTest.ARTICLE + "\n\u2022 Short item about the keeper.\n\u2022 " + item + "\n");
        List<Passage> pieces = c.passages().stream().filter(p -> p.text().startsWith("Mara Quill rows")).toList();
        assertTrue(pieces.size() >= 2, pieces.size() + " pieces");
        pieces.forEach(p -> assertEquals(PassageKind.PARAGRAPH, p.kind(), p.text()));
        List<PassageBuilder.Cut> cuts = List.of(
                new PassageBuilder.Cut(PassageKind.DIALOGUE, null, 0, 1, "a", 1, false),
                new PassageBuilder.Cut(PassageKind.DIALOGUE, null, 2, 3, "b", 1, false),
                new PassageBuilder.Cut(PassageKind.PARAGRAPH, null, 4, 5, "c", 1, false),
                new PassageBuilder.Cut(PassageKind.PARAGRAPH, null, 6, 7, "d", 1, true),
                new PassageBuilder.Cut(PassageKind.PARAGRAPH, null, 8, 9, "e", 1, true));
        assertEquals(org.filmlens.corpus.SourceKind.QUOTES, KindClassifier.classify("Lines", cuts, 0),
                "two lines of dialogue of three lines");
    }

    @Test
    void linesUpToTheLimitStayWhole() {
        String line = SENTENCE.repeat(20).strip();
        assertTrue(line.length() < PassageBuilder.MAX_PASSAGE_CHARS);
        assertEquals(line.length(), PassageBuilder.cutPoint(line, 0));
    }
}
