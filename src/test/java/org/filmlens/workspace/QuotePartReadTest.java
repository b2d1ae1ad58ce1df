package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quotes' part read by AnalysisJson's own quote reader: the same quotes as the mapper's binding gave, their
 * occurrences' texts cut from the corpus as they are read, repeated speakers and source ids one string each; a
 * repeated field, an occurrence outside its source or a value of the wrong kind is an error naming the part and its
 * byte; unknown fields and another field order read as before.
 */
class QuotePartReadTest {
    private static final String ONE = "Come find me. \u201cI\u2019m here,\u201d she says. Then: Hello.";
    private static final String TWO = "Sam: Come find me.";
    /** Two sources and three quotes, shared with {@link QuoteTextFormatTest}. */
    static final Corpus CORPUS = new Corpus(Film.unknown(),
            List.of(new Source("s1", "T", null, null, null, SourceKind.ARTICLE, ONE),
                    new Source("s2", "U", null, null, null, SourceKind.QUOTES, TWO)),
            List.of(new Passage("s1.p0", "s1", 0, PassageKind.PARAGRAPH, null, 0, ONE.length(), ONE),
                    new Passage("s2.p0", "s2", 0, PassageKind.PARAGRAPH, null, 0, TWO.length(), TWO)));
    static final List<Quote> QUOTES = List.of(
            new Quote("q1", "Come find me.", "Sam", List.of("s1", "s2"), List.of(
                    new QuoteOccurrence("s1", "s1.p0", 0, 12, "Come find me", null),
                    new QuoteOccurrence("s2", "s2.p0", 5, 18, "Come find me.", "Sam", "first lines", "s2.p0"))),
            new Quote("q2", "I\u2019m here", null, List.of("s1"), List.of(
                    new QuoteOccurrence("s1", "s1.p0", 15, 23, "I\u2019m here", "Sam"),
                    new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", null, null, "s1.p0"))),
            new Quote("q3", "Hello.", "Sam", List.of("s1", "s2"), List.of(
                    new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", null, "last lines", null))));

    private static Path written(Path dir) throws Exception {
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        try (AtomicFiles.Staged staged = AnalysisJson.stage(file, "g",
                new Analysis(QUOTES, List.of(), List.of(), List.of()))) {
            staged.commit();
        }
        return file;
    }

    /** The quotes part of {@code file}, read as a workspace reads it (shared with {@link QuoteTextFormatTest}). */
    @SuppressWarnings("unchecked")
    static List<Quote> quotes(Path file, Corpus corpus) throws StorageException {
        try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
            return (List<Quote>) parts.read(AnalysisPart.QUOTES, corpus);
        }
    }

    @Test
    void theQuotesReadWithTheirTextsAndShareRepeatedStrings(@TempDir Path dir) throws Exception {
        Path file = written(dir);
        List<Quote> read = quotes(file, CORPUS);
        assertEquals(QUOTES, read);
        assertSame(read, AnalysisJson.withOccurrenceTexts(read, CORPUS), "nothing left to cut");
        assertSame(read.get(0).speaker(), read.get(2).speaker());
        assertSame(read.get(0).sourceIds().get(1), read.get(2).sourceIds().get(1));
        assertSame(read.get(2).occurrences().get(0).text(), read.get(2).text(), "worded as its first occurrence");
        assertSame(read.get(0).occurrences().get(1).text(), read.get(0).text(), "worded as its second occurrence");

        List<Quote> bare = quotes(file, null);
        assertNull(bare.get(0).occurrences().get(0).text(), "without the corpus: cut later, as before");
        assertEquals(QUOTES, AnalysisJson.withOccurrenceTexts(bare, CORPUS));
        assertEquals(QUOTES, AnalysisJson.withOccurrenceTexts(
                AnalysisJson.read(file).analysis().quotes(), CORPUS), "the whole file, read by the same reader");
    }

    @Test
    void unknownFieldsAndAnotherOrderReadAsBefore(@TempDir Path dir) throws Exception {
        Path file = written(dir);
        String json = Files.readString(file);
        // q1's fields in another order and with fields of every kind this build does not know, padded out to the
        // same length so that the table of parts still fits
        String q1 = json.substring(json.indexOf("{\n      \"id\" : \"q1\""), json.indexOf("}, {") + 1);
        String moved = "{\"x\":{\"a\":[1,{\"b\":null}]},\"occurrences\":"
                + q1.substring(q1.indexOf("[ ["), q1.lastIndexOf("] ]") + 3)
                + ",\"sourceIds\":[\"s1\",\"s2\"],\"n\":7,\"speaker\":\"Sam\",\"text\":\"Come find me.\",\"id\":\"q1\"}";
        assertTrue(moved.length() <= q1.length(), moved.length() + " > " + q1.length());
        Files.writeString(file, json.replace(q1, moved + " ".repeat(q1.length() - moved.length())));
        assertEquals(QUOTES, quotes(file, CORPUS));
    }

    @Test
    void aRepeatedFieldIsRefusedWithThePartAndTheByte(@TempDir Path dir) throws Exception {
        Path file = written(dir);
        String json = Files.readString(file);
        // "speaker" of q1 (whose text is not its first occurrence's, so written) turned into a second "text", of
        // the same length
        int q1 = json.indexOf("\"id\" : \"q1\"");
        int speaker = json.indexOf("\"speaker\" : \"Sam\"", q1);
        String text = "\"text\" : \"Sam\"";
        Files.writeString(file, json.substring(0, speaker) + text + " ".repeat(17 - text.length())
                + json.substring(speaker + 17));
        StorageException e = assertThrows(StorageException.class, () -> quotes(file, CORPUS));
        assertTrue(e.getMessage().contains("the quotes (bytes ") && e.getMessage().contains("duplicate field 'text'")
                && e.getMessage().contains("at byte"), e.getMessage());
    }

    @Test
    void anOccurrenceOutsideItsSourceOrOfAnotherCorpusIsAnErrorOfThePart(@TempDir Path dir) throws Exception {
        Path file = written(dir);
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"s1.p0\", 42, 48", "\"s1.p0\", 42, 99"));
        StorageException e = assertThrows(StorageException.class, () -> quotes(file, CORPUS));
        assertTrue(e.getMessage().contains("the quotes (bytes ")
                && e.getMessage().contains("an occurrence in s1.p0 lies outside its source"), e.getMessage());

        Files.writeString(file, json);
        Corpus other = new Corpus(Film.unknown(), List.of(CORPUS.sources().get(0)), List.of(CORPUS.passages().get(0)));
        e = assertThrows(StorageException.class, () -> quotes(file, other));
        assertTrue(e.getMessage().contains("an occurrence in s2.p0 lies outside its source"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongKindIsAnErrorOfThePart(@TempDir Path dir) throws Exception {
        Path file = written(dir);
        String json = Files.readString(file);
        for (String[] change : new String[][] {
                {"\"sourceIds\" : [ \"s1\" ]", "\"sourceIds\" : \"s1\"    "},
                {"\"text\" : \"Come find me.\"", "\"text\" : [ 1, 2, 3, 45 ]"},
                {"\"id\" : \"q2\"", "\"id\" : 2222"}}) {
            assertTrue(json.contains(change[0]), change[0]);
            Files.writeString(file, json.replace(change[0], change[1]));
            StorageException e = assertThrows(StorageException.class, () -> quotes(file, CORPUS), change[1]);
            assertTrue(e.getMessage().contains("the quotes (bytes ") && e.getMessage().contains("at byte"),
                    e.getMessage());
        }
    }
}
