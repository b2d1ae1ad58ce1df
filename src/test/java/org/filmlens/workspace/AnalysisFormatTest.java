package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analysis.json format 4 (mentions and occurrences as arrays, occurrences' texts and silent sources not stored, a
 * quote's text left out where it is its first occurrence's, a table of its parts at the end) reads back the analysis
 * it was written from, whole or a part at a time; format 1, 2 and 3 files still open and are saved again as format 4; a damaged file is derived again; a workspace opened for
 * its corpus reads the analysis only when asked, and only the part asked for.
 */
class AnalysisFormatTest {
    static Path ingested;
    static Analysis reopened;

    @BeforeAll
    static void ingestSampleOnce(@TempDir Path dir) throws Exception {
        ingested = dir;
        reopened = ingestSampleAndReopen(dir);
    }

    /** Ingests the sample into {@code dir}, and returns the analysis a workspace opened on it afterwards reads. */
    static Analysis ingestSampleAndReopen(Path dir) throws Exception {
        Analysis ingested;
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
            ingested = ws.analysis();
        }
        try (Workspace ws = Workspace.open(dir)) {
            Analysis reopened = ws.analysis();
            assertEquals(ingested, reopened, "read back as the ingest made it");
            return reopened;
        }
    }

    @Test
    void theSavedAnalysisIsCompactAndReadsBackWhole() throws Exception {
        String json = Files.readString(ingested.resolve(WorkspaceFiles.ANALYSIS_FILE));
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 4,"), json.substring(0, 40));
        assertTrue(json.endsWith("  }\n}"), "the table of parts last");
        assertFalse(json.contains("\"silent\""));
        assertFalse(json.contains("\"passageId\"") || json.contains("\"start\""), "mentions and occurrences are arrays");
        assertFalse(json.contains(": null"), "null fields are left out");
        assertTrue(reopened.quotes().size() > 10 && reopened.characters().size() > 3);
        try (Workspace ws = Workspace.open(ingested)) {
            ws.analysis().quotes().forEach(q -> q.occurrences().forEach(o -> assertEquals(o.text(),
                    ws.source(o.sourceId()).orElseThrow().text().substring(o.start(), o.end()))));
            assertTrue(ws.ending().stream().anyMatch(q -> !q.silent().isEmpty()), "silent sources worked out");
        }
    }

    @Test
    void everyShapeOfOccurrenceAndMentionRoundTrips(@TempDir Path dir) throws Exception {
        String text = "Come find me. \u201cI\u2019m here,\u201d she says. Then: Hello.";
        Source s = new Source("s1", "T", null, null, null, SourceKind.ARTICLE, text);
        Corpus corpus = new Corpus(Film.unknown(), List.of(s),
                List.of(new Passage("s1.p0", "s1", 0, PassageKind.PARAGRAPH, null, 0, text.length(), text)));
        List<QuoteOccurrence> occurrences = List.of(
                new QuoteOccurrence("s1", "s1.p0", 0, 12, "Come find me", null),
                new QuoteOccurrence("s1", "s1.p0", 15, 23, "I\u2019m here", "Sam"),
                new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", null, "last lines", null),
                new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", null, null, "s1.p0"),
                new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", "Sam", "first lines", "s1.p0"));
        Analysis analysis = new Analysis(List.of(new Quote("q1", "Come find me.", null, List.of("s1"), occurrences)),
                List.of(new FilmCharacter("Sam", null, List.of("Samantha"),
                        List.of(new Mention("s1", "s1.p0", 26, 29), new Mention("s1", "s1.p0", 26, 29)),
                        List.of("q1"))),
                List.of(), List.of());
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        try (AtomicFiles.Staged staged = AnalysisJson.stage(file, "g", analysis)) {
            staged.commit();
        }

        try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
            assertEquals("g", parts.generation());
            assertEquals(analysis.characters(), parts.read(AnalysisPart.CHARACTERS));
            assertEquals(List.of(), parts.read(AnalysisPart.ENDING));
            @SuppressWarnings("unchecked")
            List<Quote> quotesAlone = (List<Quote>) parts.read(AnalysisPart.QUOTES);
            assertEquals(analysis.quotes(), AnalysisJson.withOccurrenceTexts(quotesAlone, corpus));
        }
        StoredAnalysis read = AnalysisJson.read(file);
        assertEquals(StoredAnalysis.VERSION, read.formatVersion());
        assertNull(read.analysis().quotes().get(0).occurrences().get(0).text(), "texts are cut from the corpus");
        assertEquals(analysis.quotes(), AnalysisJson.withOccurrenceTexts(read.analysis().quotes(), corpus));
        assertEquals(analysis.characters(), read.analysis().characters());
        List<Mention> mentions = read.analysis().characters().get(0).mentions();
        assertSame(mentions.get(0).sourceId(), mentions.get(1).sourceId(), "a repeated id is one string");
        assertSame(mentions.get(0).passageId(), mentions.get(1).passageId());
    }

    @Test
    void anOccurrenceOutsideItsSourceIsRefused() {
        Source s = new Source("s1", "T", null, null, null, SourceKind.ARTICLE, "short");
        Corpus corpus = new Corpus(Film.unknown(), List.of(s), List.of());
        for (QuoteOccurrence o : List.of(new QuoteOccurrence("s1", "s1.p0", 2, 9, null, null),
                new QuoteOccurrence("nowhere", "nowhere.p0", 0, 1, null, null))) {
            List<Quote> quotes = List.of(new Quote("q", "x", null, List.of("s1"), List.of(o)));
            assertThrows(IllegalArgumentException.class, () -> AnalysisJson.withOccurrenceTexts(quotes, corpus));
        }
    }

    @Test
    void aFormatOneFileOpensAndIsSavedAgainAsTheCurrentFormat(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
        String generation = AnalysisJson.read(file).generation();
        VersionedJson.write(file, new StoredAnalysis(1, generation, reopened)); // every field named, as before
        assertTrue(Files.readString(file).contains("\"silent\""));
        try (Workspace ws = Workspace.open(copy)) {
            assertEquals(reopened, ws.analysis());
        }
        assertEquals(StoredAnalysis.VERSION, VersionedJson.leadingVersion(file));
        try (Workspace ws = Workspace.open(copy)) {
            assertEquals(reopened, ws.analysis());
        }
    }

    @Test
    void aFormatTwoFileOpensAndIsSavedAgainAsTheCurrentFormatWithItsGeneration(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
        String generation = AnalysisJson.read(file).generation();
        VersionedJson.write(file, new StoredAnalysis(2, generation, reopened), AnalysisJson.mapper(2)); // no table
        assertTrue(AnalysisJson.Parts.of(file).isEmpty());
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertEquals(reopened.characters(), ws.characters(), "a part of an older file: from the whole");
            assertEquals(reopened, ws.analysis());
        }
        assertEquals(StoredAnalysis.VERSION, VersionedJson.leadingVersion(file));
        try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
            assertEquals(generation, parts.generation());
        }
        assertEquals(Files.readString(ingested.resolve(WorkspaceFiles.ANALYSIS_FILE)), Files.readString(file));
    }

    @Test
    void aFormatThreeFileIsReadByPartsAndSavedAgainAsFormatFourWithItsGeneration(@TempDir Path tmp) throws Exception {
        Path file = ingested.resolve(WorkspaceFiles.ANALYSIS_FILE);
        String current = Files.readString(file);
        String generation = AnalysisJson.read(file).generation();
        for (boolean whole : new boolean[] {true, false}) {
            Path copy = Files.createDirectories(tmp.resolve("whole-" + whole));
            FolderCopies.copyTree(ingested, copy);
            Path old = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
            try (AtomicFiles.Staged staged = AnalysisJson.stage(old, generation,
                    (AnalysisJson.Sections) part -> part.of(reopened), 3)) {
                staged.commit();
            }
            String format3 = Files.readString(old);
            assertTrue(format3.length() > current.length() * 1.1, "every quote's text in format 3");
            try (Workspace ws = Workspace.openForCorpus(copy)) {
                assertEquals(reopened.quotes(), ws.allQuotes(),
                        "a part alone");
            }
            assertEquals(format3, Files.readString(old), "a part alone does not save the whole again");
            try (Workspace ws = whole ? Workspace.open(copy) : Workspace.openForCorpus(copy)) {
                assertEquals(reopened, ws.analysis(), "whole: " + whole);
            }
            assertEquals(current, Files.readString(old), "saved again as format 4, the ingest's bytes");
        }
    }

    /**
     * A format 4 file whose version digit is damaged to 3 reads almost every quote without its text (format 3 leaves
     * none out): refused, so the analysis is derived again rather than kept and saved with its texts lost.
     */
    @Test
    void aFormatFourFileDamagedToSayThreeIsDerivedAgain(@TempDir Path tmp) throws Exception {
        String json = Files.readString(ingested.resolve(WorkspaceFiles.ANALYSIS_FILE));
        String damaged = json.replaceFirst("\"formatVersion\" : 4,", "\"formatVersion\" : 3,");
        assertEquals(json.length(), damaged.length(), "the same length: the table of parts still fits");
        for (boolean whole : new boolean[] {true, false}) {
            Path copy = Files.createDirectories(tmp.resolve("whole-" + whole));
            FolderCopies.copyTree(ingested, copy);
            Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
            Files.writeString(file, damaged);
            try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
                @SuppressWarnings("unchecked")
                List<Quote> quotes = (List<Quote>) parts.read(AnalysisPart.QUOTES);
                assertTrue(quotes.stream().filter(q -> q.text() == null).count() > quotes.size() / 2,
                        "read as format 3: the texts left out are missing");
            }
            try (Workspace ws = whole ? Workspace.open(copy) : Workspace.openForCorpus(copy)) {
                if (!whole) {
                    assertEquals(reopened.quotes(), ws.allQuotes(), "the part alone refused: the whole derived");
                }
                assertEquals(reopened, ws.analysis(), "whole: " + whole);
            }
            String saved = Files.readString(file);
            assertFalse(saved.contains("\"text\" : null"), "whole: " + whole);
            assertEquals(json, saved, "derived again and saved as the ingest saved it; whole: " + whole);
        }
    }

    @Test
    void aPartIsReadAloneAndADamagedPartSaysWhichAndWhere(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
        String json = Files.readString(file);
        // a quote's colon turned into a semicolon: the same length, so the table still fits the file
        int id = json.indexOf("\"id\" : \"q-") + "\"id\" ".length();
        String damaged = json.substring(0, id) + ";" + json.substring(id + 1);
        Files.writeString(file, damaged);
        StorageException e;
        try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
            e = assertThrows(StorageException.class, () -> parts.read(AnalysisPart.QUOTES));
        }
        assertTrue(e.getMessage().contains(WorkspaceFiles.ANALYSIS_FILE) && e.getMessage().contains("the quotes (bytes ")
                && e.getMessage().contains("at byte"), e.getMessage());
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertEquals(reopened.characters(), ws.characters());
            assertEquals(reopened.scenes(), ws.scenes());
            assertEquals(reopened.ending(), ws.ending(), "silent sources worked out for the part alone");
        }
        assertEquals(damaged, Files.readString(file), "the whole was not needed, so not derived again");
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertEquals(reopened.quotes().size(), ws.quotes(null, 0).size(), "a damaged part: the whole derived");
            assertEquals(reopened, ws.analysis());
        }
        assertEquals(json, Files.readString(file));
    }

    @Test
    void aFileCutShortIsDerivedAgainAndOneWithAWrongTableIsReadWhole(@TempDir Path tmp) throws Exception {
        String json = Files.readString(ingested.resolve(WorkspaceFiles.ANALYSIS_FILE));
        int table = json.lastIndexOf("\"parts\"");
        Map<String, String> damaged = Map.of(
                "cut in the table", json.substring(0, table + 30),
                "cut before the table", json.substring(0, table - 20),
                "no table", json.substring(0, table).stripTrailing().replaceAll(",$", "") + "\n}",
                "the table shifted", json.substring(0, table)
                        + json.substring(table).replaceAll("\\[ (\\d+), (\\d+) \\]", "[ $1, 1$2 ]"),
                "the table backwards", json.substring(0, table) + "\"parts\" : { \"quotes\" : [ 9, 5 ] }\n}");
        for (var e : damaged.entrySet()) {
            Path copy = Files.createDirectories(tmp.resolve(e.getKey().replace(' ', '-')));
            FolderCopies.copyTree(ingested, copy);
            Files.writeString(copy.resolve(WorkspaceFiles.ANALYSIS_FILE), e.getValue());
            try (Workspace ws = Workspace.openForCorpus(copy)) {
                assertEquals(reopened.characters(), ws.characters(), e.getKey());
                assertEquals(reopened, ws.analysis(), e.getKey());
            }
            if (e.getKey().startsWith("cut")) { // else valid JSON, whose table alone is wrong: read whole
                assertEquals(json, Files.readString(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)), e.getKey());
            }
        }
    }

    @Test
    void aDamagedOrForeignFileIsDerivedAgain(@TempDir Path tmp) throws Exception {
        String json = Files.readString(ingested.resolve(WorkspaceFiles.ANALYSIS_FILE));
        int mention = json.indexOf("\"mentions\" : [ [ \"") + "\"mentions\" : [ [ ".length();
        int occurrence = json.indexOf("\"occurrences\" : [ [ \"");
        int end = json.indexOf(']', occurrence + "\"occurrences\" : [ [ ".length());
        String generation = AnalysisJson.read(ingested.resolve(WorkspaceFiles.ANALYSIS_FILE)).generation();
        String head = "{ \"formatVersion\" : 2, \"generation\" : \"" + generation + "\"";
        Map<String, String> damaged = Map.of(
                "cut", json.substring(0, json.length() / 2),
                "a number for an id", json.substring(0, mention) + "7, " + json.substring(mention),
                "an extra element", json.substring(0, end) + ", \"x\", \"y\", \"z\", \"w\"" + json.substring(end),
                "offsets past the text", json.replaceFirst("(\"occurrences\" : \\[ \\[ \"[^\"]*\", \"[^\"]*\", )\\d+, \\d+",
                        "$12147483000, 2147483600"),
                // valid JSON of the right shape, but without what opening goes through
                "no analysis", head + " }",
                "no lists", head + ", \"analysis\" : { } }",
                "a quote without occurrences", head + ", \"analysis\" : { \"quotes\" : [ { \"id\" : \"q\" } ],"
                        + " \"characters\" : [ ], \"scenes\" : [ ], \"ending\" : [ ] } }",
                "a null question", head + ", \"analysis\" : { \"quotes\" : [ ], \"characters\" : [ ],"
                        + " \"scenes\" : [ ], \"ending\" : [ null ] } }");
        for (var e : damaged.entrySet()) {
            Path copy = Files.createDirectories(tmp.resolve(e.getKey().replace(' ', '-')));
            FolderCopies.copyTree(ingested, copy);
            Files.writeString(copy.resolve(WorkspaceFiles.ANALYSIS_FILE), e.getValue());
            try (Workspace ws = Workspace.open(copy)) {
                assertEquals(reopened, ws.analysis(), e.getKey());
            }
            assertEquals(json, Files.readString(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)), e.getKey());
        }
    }

    @Test
    void aWorkspaceOpenedForItsCorpusReadsTheAnalysisOnlyWhenAsked(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
        byte[] damaged = "{ \"formatVersion\" : 2, \"generation\" : ".getBytes();
        Files.write(file, damaged);
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertFalse(ws.isEmpty());
            assertTrue(ws.passages(null).size() > 100);
        }
        assertArrayEquals(damaged, Files.readAllBytes(file), "not read, so not derived again either");
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertEquals(reopened, ws.analysis(), "derived again on first use");
            assertSame(ws.analysis(), ws.analysis());
        }
        assertEquals(StoredAnalysis.VERSION, VersionedJson.leadingVersion(file));
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertEquals(reopened.characters(), ws.characters());
        }
    }

    @Test
    void anEmptyOrMissingWorkspaceOpensForItsCorpusAsItDoesWhole(@TempDir Path tmp) throws Exception {
        Path fresh = tmp.resolve("new");
        try (Workspace ws = Workspace.openForCorpus(fresh)) {
            assertTrue(ws.isEmpty());
            assertTrue(ws.characters().isEmpty());
        }
        assertTrue(Files.isDirectory(fresh));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(WorkspaceException.class, () -> Workspace.openForCorpus(file));
    }

    @Test
    void aNewerFormatIsNotReadAsThisOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(WorkspaceFiles.ANALYSIS_FILE),
                "{ \"formatVersion\" : 5, \"generation\" : \"g\", \"analysis\" : { } }");
        assertThrows(StorageException.class, () -> AnalysisJson.read(file));
    }
}
