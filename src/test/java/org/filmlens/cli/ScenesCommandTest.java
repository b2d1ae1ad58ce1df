package org.filmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scenes --export / --import as a user runs them: a separate java process. */
class ScenesCommandTest {
    private static final String TEXT = "At the beginning, Nora rows out to the lighthouse.\n\n"
            + "In the final scene, Nora lights the lamp in her sister's window.";

    @TempDir
    Path dir;

    private static CliProcess.Run filmlens(String... args) throws Exception {
        return CliProcess.run(args);
    }

    private Path workspace() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        int cut = TEXT.indexOf("In the final");
        Map<String, Object> p0 = Map.of("id", "s.p0", "sourceId", "s", "ordinal", 0, "kind", "PARAGRAPH",
                "start", 0, "end", cut - 2, "text", TEXT.substring(0, cut - 2));
        Map<String, Object> p1 = Map.of("id", "s.p1", "sourceId", "s", "ordinal", 1, "kind", "PARAGRAPH",
                "start", cut, "end", TEXT.length(), "text", TEXT.substring(cut));
        VersionedJson.write(ws.resolve("corpus.json"), Map.of("formatVersion", 1, "generation", "g1",
                "film", Map.of("title", "Lamp"), "sources", List.of(Map.of("id", "s", "title", "Review",
                        "kind", "ARTICLE", "text", TEXT)), "passages", List.of(p0, p1)));
        return ws;
    }

    @Test
    void exportEditImportChangesTheScenes() throws Exception {
        Path ws = workspace();
        Path file = dir.resolve("scenes.json");
        CliProcess.Run export = filmlens("scenes", "--workspace", ws.toString(), "--json", "--export", file.toString());
        assertEquals(0, export.exit(), export.err());
        JsonNode exported = VersionedJson.mapper().readTree(export.out());
        assertTrue(exported.get("exported").asInt() >= 2);
        ObjectNode doc = (ObjectNode) VersionedJson.mapper().readTree(file.toFile());
        assertEquals(1, doc.get("formatVersion").asInt());
        ((ObjectNode) doc.get("scenes").get(0)).put("title", "Rowing out");
        VersionedJson.mapper().writeValue(file.toFile(), doc);

        CliProcess.Run imported = filmlens("scenes", "--workspace", ws.toString(), "--json", "--import", file.toString());
        assertEquals(0, imported.exit(), imported.err());
        JsonNode scenes = VersionedJson.mapper().readTree(
                filmlens("scenes", "--workspace", ws.toString(), "--json").out());
        assertEquals("Rowing out", scenes.get(0).get("title").asText());
        assertEquals(exported.get("exported").asInt(), scenes.size());
    }

    @Test
    void aBadSceneListIsOneLineNamingTheFileAndTheScene() throws Exception {
        Path ws = workspace();
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"formatVersion\":1,\"scenes\":[{\"id\":\"a\",\"title\":\"One\"},"
                + "{\"id\":\"a\",\"title\":\"Two\"}]}");
        CliProcess.Run r = filmlens("scenes", "--workspace", ws.toString(), "--import", file.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(file.getFileName().toString()) && r.err().contains("scene 2 (id 'a')"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        Files.writeString(file, "{\"formatVersion\":1,\"scenes\":[{\"id\":\"a\",\"title\":\"\"}]}");
        r = filmlens("scenes", "--workspace", ws.toString(), "--import", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("scene 1 (id 'a') has no title"), r.err());
        assertFalse(Files.exists(ws.resolve("scenes.json")), "a refused list is not saved");
    }

    @Test
    void exportAndImportTogetherIsBadUsage() throws Exception {
        CliProcess.Run r = filmlens("scenes", "--workspace", workspace().toString(), "--export", "a.json", "--import", "b.json");
        assertEquals(2, r.exit(), r.err());
    }
}
