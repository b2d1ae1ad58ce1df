package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpus.json keeps each passage's text once (in its source), stores what the ingest's rule gives of a passage not
 * at all (format 3), keeps what does not follow it, and still reads the files of formats 1 and 2.
 */
class CorpusJsonTest {
    private static final String TEXT = "The Last Call\n\nSamantha says \u201cgoodbye\u201d at dawn.\n\u2022 A list item";
    private static final Source SOURCE = new Source("s1", "Title", "site", null, null, SourceKind.ARTICLE, TEXT);
    private static final List<Passage> PASSAGES = List.of(
            new Passage("s1.p0", "s1", 0, PassageKind.HEADING, "The Last Call", 0, 13, "The Last Call"),
            new Passage("s1.p1", "s1", 1, PassageKind.PARAGRAPH, "The Last Call", 15, 47,
                    "Samantha says \u201cgoodbye\u201d at dawn."),
            new Passage("s1.p2", "s1", 2, PassageKind.BULLET, "The Last Call", 50, 61, "A list item"));
    private static final String OTHER_TEXT = "One.\n\nTwo.";
    private static final Source OTHER = new Source("s2", "Other", null, null, null, SourceKind.ARTICLE, OTHER_TEXT);

    private static Path write(Path dir, Corpus corpus) throws Exception {
        Path file = dir.resolve("corpus.json");
        try (AtomicFiles.Staged staged = CorpusJson.stage(file, "g", corpus)) {
            staged.commit();
        }
        return file;
    }

    private static Corpus corpus(List<Source> sources, Passage... passages) {
        return new Corpus(Film.unknown(), sources, Arrays.asList(passages));
    }

    @Test
    void passagesFollowingTheIngestsRuleAreStoredAsKindAndOffsetsAlone(@TempDir Path dir) throws Exception {
        Path file = write(dir, new Corpus(new Film("Her", 2013, null), List.of(SOURCE), PASSAGES));
        JsonNode doc = VersionedJson.mapper().readTree(file.toFile());
        assertEquals(3, doc.get("formatVersion").asInt());
        assertEquals("g", doc.get("generation").asText());
        JsonNode run = doc.get("passages").get(0);
        assertEquals("[\"s1\",[\"HEADING\",0,13],[\"PARAGRAPH\",15,47],[\"BULLET\",50,61]]", run.toString());

        CorpusFile read = CorpusJson.read(file);
        assertEquals(3, read.formatVersion());
        assertEquals("g", read.generation());
        assertEquals(new Film("Her", 2013, null), read.corpus().film());
        assertEquals(List.of(SOURCE), read.corpus().sources());
        assertEquals(PASSAGES, read.corpus().passages());
        assertSame(read.corpus().sources().get(0).id(), read.corpus().passages().get(0).sourceId(),
                "the source's id shared");
        assertSame(read.corpus().passages().get(1).section(), read.corpus().passages().get(2).section(),
                "a section shared along its run");
    }

    @Test
    void passagesOffTheRuleKeepWhatDiffers(@TempDir Path dir) throws Exception {
        Passage[] passages = {
                new Passage("s1.p0", "s1", 0, PassageKind.PARAGRAPH, "Before any heading", 0, 13, "The Last Call"),
                new Passage("s2.p0", "s2", 0, PassageKind.PARAGRAPH, null, 0, 4, "One."),
                // the same source again, further on: a run of its own, its ordinals not from 0
                new Passage("s1.p1", "s1", 1, PassageKind.HEADING, null, 15, 47,
                        "Samantha says \u201cgoodbye\u201d at dawn."),
                new Passage("s1-odd", "s1", 7, null, "The Last Call", 50, 61, "A list item"),
                new Passage("s2.p1", "s2", 1, PassageKind.DECK, null, 6, 10, "Two."),
                new Passage("custom", "s2", 2, PassageKind.DECK, null, 6, 10, "Two.")};
        Corpus corpus = corpus(List.of(SOURCE, OTHER), passages);
        Path file = write(dir, corpus);
        JsonNode runs = VersionedJson.mapper().readTree(file.toFile()).get("passages");
        assertEquals(4, runs.size(), runs.toString());
        assertEquals("[\"PARAGRAPH\",0,13,\"Before any heading\"]", runs.get(0).get(1).toString());
        assertEquals("[\"HEADING\",15,47,null,1]", runs.get(2).get(1).toString());
        assertEquals("[null,50,61,\"The Last Call\",7,\"s1-odd\"]", runs.get(2).get(2).toString());
        assertEquals("[\"DECK\",6,10,null,1]", runs.get(3).get(1).toString());
        assertEquals("[\"DECK\",6,10,null,2,\"custom\"]", runs.get(3).get(2).toString());

        Corpus read = CorpusJson.read(file).corpus();
        assertEquals(List.of(passages), read.passages());
        assertEquals(3, read.passageCount("s1"));
        assertEquals(3, read.passageCount("s2"));
    }

    @Test
    void aPassageWithNoIdIsReadBackWithNone(@TempDir Path dir) throws Exception {
        // a format 2 file kept a null id as null; format 3 must not give it the rule's id on the way through
        Passage noId = new Passage(null, "s2", 0, PassageKind.PARAGRAPH, null, 0, 4, "One.");
        Passage next = new Passage("s2.p1", "s2", 1, PassageKind.PARAGRAPH, null, 6, 10, "Two.");
        Corpus read = CorpusJson.read(write(dir, corpus(List.of(OTHER), noId, next))).corpus();
        assertEquals(List.of(noId, next), read.passages());
    }

    @Test
    void anEmptyCorpusAndSourcesWithoutPassagesRoundTrip(@TempDir Path dir) throws Exception {
        Corpus empty = CorpusJson.read(write(dir, corpus(List.of()))).corpus();
        assertTrue(empty.isEmpty());
        assertEquals(List.of(), empty.passages());

        Corpus silent = CorpusJson.read(write(dir, corpus(List.of(SOURCE, OTHER),
                new Passage("s2.p0", "s2", 0, PassageKind.PARAGRAPH, null, 0, 4, "One.")))).corpus();
        assertEquals(0, silent.passageCount("s1"));
        assertEquals(List.of(), silent.passagesOf("s1"));
        assertEquals(1, silent.passagesOf("s2").size());
    }

    @Test
    void versionTwoFilesWithPassagesAsObjectsStillRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        VersionedJson.write(file, new StoredCorpus(StoredCorpus.VERSION, "g", Film.unknown(), List.of(SOURCE),
                PASSAGES));
        JsonNode doc = VersionedJson.mapper().readTree(file.toFile());
        assertEquals(2, doc.get("formatVersion").asInt());
        doc.get("passages").forEach(p -> assertFalse(p.has("text"), p.toString()));

        CorpusFile read = CorpusJson.read(file);
        assertEquals(2, read.formatVersion());
        assertEquals(PASSAGES, read.corpus().passages());
        assertEquals(List.of(SOURCE), read.corpus().sources());
        assertSame(read.corpus().passages().get(1).section(), read.corpus().passages().get(2).section(),
                "equal sections shared");
    }

    @Test
    void versionOneFilesWithPassageTextStillRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        ObjectNode v1 = VersionedJson.mapper().valueToTree(new StoredCorpus(StoredCorpus.VERSION, "g",
                Film.unknown(), List.of(SOURCE), PASSAGES));
        v1.put("formatVersion", 1);
        for (int i = 0; i < PASSAGES.size(); i++) {
            ((ObjectNode) v1.get("passages").get(i)).put("text", PASSAGES.get(i).text());
        }
        VersionedJson.write(file, v1);
        assertEquals(PASSAGES, CorpusJson.read(file).corpus().passages());
    }

    @Test
    void aPassageOutsideItsSourceIsADamagedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        ObjectNode doc = VersionedJson.mapper().valueToTree(new StoredCorpus(StoredCorpus.VERSION, "g",
                Film.unknown(), List.of(SOURCE), PASSAGES));
        ((ObjectNode) doc.get("passages").get(2)).put("end", TEXT.length() + 5);
        VersionedJson.write(file, doc);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> new WorkspaceFiles(dir).readCorpus());
        assertTrue(e.getMessage().contains("s1.p2"), e.getMessage());

        write(dir, corpus(List.of(SOURCE), PASSAGES.toArray(Passage[]::new)));
        Files.writeString(file, Files.readString(file).replace("[ \"BULLET\", 50, 61 ]", "[ \"BULLET\", 50, 99 ]"));
        e = assertThrows(WorkspaceException.class, () -> new WorkspaceFiles(dir).readCorpus());
        assertTrue(e.getMessage().contains("passage 2 of the run of 's1': it lies outside"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void aDamagedVersionThreeFileSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path file = write(dir, corpus(List.of(SOURCE), PASSAGES.toArray(Passage[]::new)));
        String whole = Files.readString(file);
        List<String[]> cases = List.of(
                new String[] {whole.substring(0, whole.length() * 2 / 3), "not valid JSON"},
                new String[] {whole.substring(0, whole.length() - 12), "not valid JSON"},
                new String[] {whole.replace("[ \"s1\", [", "[ \"nowhere\", ["), "'nowhere', which is not a stored source"},
                new String[] {whole.replace("\"BULLET\"", "\"TABLE\""),
                    "passage 2 of the run of 's1': no passage kind 'TABLE'"},
                new String[] {whole.replace("\"BULLET\", 50", "\"BULLET\", \"50\""),
                    "passage 2 of the run of 's1': expected a whole number"},
                new String[] {whole.replace("[ \"s1\", [", "[ 1, ["), "a run starting with its source's id"},
                new String[] {whole.replace(", 61 ]", ", 61, null, 2, \"x\", 9 ]"),
                    "passage 2 of the run of 's1': expected the end of a passage"});
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> new WorkspaceFiles(dir).readCorpus(),
                    c[1]);
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(c[1]), e.getMessage());
        }
        ObjectNode doc = (ObjectNode) VersionedJson.mapper().readTree(whole);
        ArrayNode passages = (ArrayNode) doc.remove("passages");
        ObjectNode reordered = VersionedJson.mapper().createObjectNode();
        reordered.put("formatVersion", 3);
        reordered.set("passages", passages);
        reordered.setAll(doc);
        Files.writeString(file, VersionedJson.mapper().writeValueAsString(reordered));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> new WorkspaceFiles(dir).readCorpus());
        assertTrue(e.getMessage().contains("passages before the sources"), e.getMessage());
    }

    @Test
    void anOlderFileIsSavedAgainInTheCurrentFormatWithItsGeneration(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        VersionedJson.write(file, new StoredCorpus(StoredCorpus.VERSION, "gen-7", Film.unknown(), List.of(SOURCE),
                PASSAGES));
        CorpusFile first = new WorkspaceFiles(dir).readCorpus();
        assertEquals(2, first.formatVersion());
        assertEquals(3, VersionedJson.leadingVersion(file));
        assertEquals("gen-7", VersionedJson.leadingText(file, 3, "generation").orElseThrow());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file, CorpusJson.swapLock(file)), left.sorted().toList(), "no temp file left beside it");
        }
        CorpusFile again = new WorkspaceFiles(dir).readCorpus();
        assertEquals(3, again.formatVersion());
        assertEquals(PASSAGES, again.corpus().passages());
        assertEquals(first.corpus().sources(), again.corpus().sources());
    }

    @Test
    void aFileReplacedSinceItWasReadIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        VersionedJson.write(file, new StoredCorpus(StoredCorpus.VERSION, "old", Film.unknown(), List.of(SOURCE),
                PASSAGES));
        FileStamp read = FileStamp.of(file);
        CorpusFile older = CorpusJson.read(file);
        write(dir, corpus(List.of(OTHER))); // an ingest's commit, meanwhile
        byte[] ingested = Files.readAllBytes(file);
        CorpusJson.saveAgainQuietly(file, older, read);
        assertEquals(new String(ingested), Files.readString(file));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file, CorpusJson.swapLock(file)), left.sorted().toList(), "the staged file deleted");
        }
    }

    @Test
    void theGenerationOfFormatsTwoAndThreeIsReadFromTheStart(@TempDir Path dir) throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(dir);
        write(dir, corpus(List.of(SOURCE)));
        assertEquals("g", files.corpusGeneration().orElseThrow());
        VersionedJson.write(dir.resolve("corpus.json"), new StoredCorpus(StoredCorpus.VERSION, "g2", Film.unknown(),
                List.of(SOURCE), List.of()));
        assertEquals("g2", files.corpusGeneration().orElseThrow());
        Files.writeString(dir.resolve("corpus.json"), "{\"formatVersion\" : 1, \"generation\" : \"g1\"}");
        assertTrue(files.corpusGeneration().isEmpty());
    }
}
