package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus.json keeps each passage's text once (in its source) and still reads the files that kept it twice. */
class StoredCorpusTest {
    private static final String TEXT = "The Last Call\n\nSamantha says \u201cgoodbye\u201d at dawn.\n\u2022 A list item";
    private static final Source SOURCE = new Source("s1", "Title", "site", null, null, SourceKind.ARTICLE, TEXT);
    private static final List<Passage> PASSAGES = List.of(
            new Passage("s1.p0", "s1", 0, PassageKind.HEADING, null, 0, 13, "The Last Call"),
            new Passage("s1.p1", "s1", 1, PassageKind.PARAGRAPH, "The Last Call", 15, 47,
                    "Samantha says \u201cgoodbye\u201d at dawn."),
            new Passage("s1.p2", "s1", 2, PassageKind.BULLET, "The Last Call", 50, 61, "A list item"));

    @Test
    void passagesAreStoredWithoutTheirTextAndReadBackWithIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        VersionedJson.write(file, new StoredCorpus(StoredCorpus.VERSION, "g", Film.unknown(), List.of(SOURCE),
                PASSAGES));
        JsonNode doc = VersionedJson.mapper().readTree(file.toFile());
        assertEquals(2, doc.get("formatVersion").asInt());
        doc.get("passages").forEach(p -> assertFalse(p.has("text"), p.toString()));
        assertEquals("The Last Call", doc.get("passages").get(1).get("section").asText());

        StoredCorpus read = WorkspaceFiles.read(file, StoredCorpus.class, StoredCorpus.VERSION,
                StoredCorpus.MIGRATIONS);
        assertEquals(PASSAGES, read.passages());
        assertEquals(List.of(SOURCE), read.sources());
        assertSame(read.passages().get(1).section(), read.passages().get(2).section(), "equal sections shared");
        assertSame(read.sources().get(0).id(), read.passages().get(0).sourceId(), "the source's id shared");
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
        StoredCorpus read = WorkspaceFiles.read(file, StoredCorpus.class, StoredCorpus.VERSION,
                StoredCorpus.MIGRATIONS);
        assertEquals(PASSAGES, read.passages());
    }

    @Test
    void aPassageOutsideItsSourceIsADamagedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.json");
        ObjectNode doc = VersionedJson.mapper().valueToTree(new StoredCorpus(StoredCorpus.VERSION, "g",
                Film.unknown(), List.of(SOURCE), PASSAGES));
        ((ObjectNode) doc.get("passages").get(2)).put("end", TEXT.length() + 5);
        VersionedJson.write(file, doc);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFiles.read(file,
                StoredCorpus.class, StoredCorpus.VERSION, StoredCorpus.MIGRATIONS));
        assertTrue(e.getMessage().contains("s1.p2"), e.getMessage());
    }
}
