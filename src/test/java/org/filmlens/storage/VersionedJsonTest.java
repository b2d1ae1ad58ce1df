package org.filmlens.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed writes and reads give what the in-memory ones gave, and a failed write leaves the old file. */
class VersionedJsonTest {
    record Doc(int formatVersion, String name, List<String> items) {}

    /** Serialising it fails half-way through the document, after some of it has been streamed out. */
    record Broken(int formatVersion, String name) {
        public String getZ() {
            throw new IllegalStateException("cannot encode this");
        }
    }

    private static final Map<Integer, UnaryOperator<ObjectNode>> RENAME_TITLE = Map.of(1, doc -> {
        doc.set("name", doc.remove("title"));
        return doc;
    });

    @Test
    void streamedFileIsWhatToBytesGivesAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.json");
        Doc doc = new Doc(2, "Caf\u00e9 \u201cquoted\u201d", List.of("a", "b"));
        VersionedJson.write(file, doc);
        assertArrayEquals(VersionedJson.toBytes(file, doc), Files.readAllBytes(file));
        assertEquals(doc, VersionedJson.read(file, Doc.class, 2, Map.of()));
    }

    @Test
    void olderFilesStillMigrateAndNewerOnesAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"title\": \"old\", \"items\": []}");
        assertEquals(new Doc(2, "old", List.of()), VersionedJson.read(file, Doc.class, 2, RENAME_TITLE));
        Files.writeString(file, "{\"formatVersion\": 3, \"name\": \"new\", \"items\": []}");
        assertThrows(UnsupportedFormatException.class, () -> VersionedJson.read(file, Doc.class, 2, RENAME_TITLE));
    }

    @Test
    void damageAfterTheVersionIsStillReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.json");
        Files.writeString(file, "{\"formatVersion\": 2, \"name\": \"cut off\", \"items\": [\"a\"");
        StorageException broken = assertThrows(StorageException.class,
                () -> VersionedJson.read(file, Doc.class, 2, Map.of()));
        assertTrue(broken.getMessage().contains("not valid JSON"), broken.getMessage());
        Files.writeString(file, "{\"formatVersion\": 2, \"name\": \"x\", \"items\": []} {}");
        assertThrows(StorageException.class, () -> VersionedJson.read(file, Doc.class, 2, Map.of()));
        Files.writeString(file, "{\"formatVersion\": 2, \"name\": {\"not\": \"a string\"}, \"items\": []}");
        StorageException wrong = assertThrows(StorageException.class,
                () -> VersionedJson.read(file, Doc.class, 2, Map.of()));
        assertTrue(wrong.getMessage().contains("unexpected content"), wrong.getMessage());
    }

    @Test
    void aDamagedFileSaysTheLineAndByteWhereTheParserStopped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.json");
        Files.writeString(file, "{\"formatVersion\": 2,\n \"name\": \"x\",\n \"items\": [\"a\" \"b\"]}");
        StorageException broken = assertThrows(StorageException.class,
                () -> VersionedJson.read(file, Doc.class, 2, Map.of()));
        assertTrue(broken.getMessage().contains("not valid JSON at line 3, byte 50 of the file ("), broken.getMessage());
        assertFalse(broken.getMessage().contains("\n"), broken.getMessage());
        Files.writeString(file, "{\"formatVersion\": 2,\n \"name\": {\"not\": \"a string\"}, \"items\": []}");
        StorageException wrong = assertThrows(StorageException.class,
                () -> VersionedJson.read(file, Doc.class, 2, Map.of()));
        assertTrue(wrong.getMessage().contains("unexpected content at line 2, byte "), wrong.getMessage());
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.json");
        VersionedJson.write(file, new Doc(2, "kept", List.of()));
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class,
                () -> VersionedJson.write(file, new Broken(2, "lost")));
        assertTrue(e.getMessage().contains("could not encode"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aStagedFileReplacesTheOldOneOnlyOnCommit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.json");
        VersionedJson.write(file, new Doc(2, "old", List.of()));
        byte[] old = Files.readAllBytes(file);
        try (AtomicFiles.Staged dropped = VersionedJson.stage(file, new Doc(2, "dropped", List.of()))) {
            assertArrayEquals(old, Files.readAllBytes(file));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        try (AtomicFiles.Staged kept = VersionedJson.stage(file, new Doc(2, "new", List.of()))) {
            assertArrayEquals(old, Files.readAllBytes(file));
            kept.commit();
        }
        assertArrayEquals(VersionedJson.toBytes(file, new Doc(2, "new", List.of())), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
