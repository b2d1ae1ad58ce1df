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
        assertTrue(pieces.size() >= 7, pieces.size() + " pieces");
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
        String pairs = "\uD835\uDC00".repeat(3000); // letters outside the BMP: a cut never splits one
        int inPairs = PassageBuilder.cutPoint(pairs, 0);
        assertTrue(Character.isHighSurrogate(pairs.charAt(inPairs)), "before a pair: " + inPairs);
    }

    @Test
    void linesUpToTheLimitStayWhole() {
        String line = SENTENCE.repeat(20).strip();
        assertTrue(line.length() < PassageBuilder.MAX_PASSAGE_CHARS);
        assertEquals(line.length(), PassageBuilder.cutPoint(line, 0));
    }
}
