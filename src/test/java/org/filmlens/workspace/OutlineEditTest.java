package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.analysis.SceneOutline;
import org.filmlens.corpus.Scene;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users edit a film's scene list: it is saved atomically, checked, and the corpus is linked to it again. */
class OutlineEditTest {
    static final String TEXT = "At the beginning, Nora rows out to the lighthouse in a storm.\n\n"
            + "In the final scene, Nora lights the lamp in her sister's window.";

    @TempDir
    Path dir;

    /** A workspace with a two-passage corpus written directly, so no ingest is needed. */
    static Path workspace(Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        int cut = TEXT.indexOf("In the final");
        Map<String, Object> source = Map.of("id", "src1", "title", "A review", "kind", "ARTICLE", "text", TEXT);
        Map<String, Object> p0 = Map.of("id", "src1.p0", "sourceId", "src1", "ordinal", 0, "kind", "PARAGRAPH",
                "start", 0, "end", cut - 2, "text", TEXT.substring(0, cut - 2));
        Map<String, Object> p1 = Map.of("id", "src1.p1", "sourceId", "src1", "ordinal", 1, "kind", "PARAGRAPH",
                "start", cut, "end", TEXT.length(), "text", TEXT.substring(cut));
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("formatVersion", 1);
        corpus.put("generation", "g1");
        corpus.put("film", Map.of("title", "Lamp"));
        corpus.put("sources", List.of(source));
        corpus.put("passages", List.of(p0, p1));
        VersionedJson.write(ws.resolve("corpus.json"), corpus);
        return ws;
    }

    static final List<SceneOutline> TWO = List.of(
            new SceneOutline("row", "Rowing out", "Nora rows out to the lighthouse in a storm.", List.of("rows out")),
            new SceneOutline("window", "The lamp in the window", "She lights the lamp in her sister's window.",
                    List.of("sister's window", "lights the lamp")));

    @Test
    void savedOutlineIsLinkedAtOnceAndSurvivesReopening() throws Exception {
        Path ws = workspace(dir);
        try (Workspace w = Workspace.open(ws)) {
            w.saveOutline(TWO);
            assertEquals(List.of("row", "window"), w.scenes().stream().map(Scene::id).toList());
            assertEquals("src1.p1", w.scenes().get(1).passages().get(0).targetId());
            assertEquals(TWO, w.outline());
        }
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(List.of("row", "window"), w.scenes().stream().map(Scene::id).toList());
            assertEquals("g1", VersionedJson.mapper().readTree(ws.resolve("analysis.json").toFile())
                    .get("generation").asText(), "same generation: the corpus and its index did not change");
        }
    }

    @Test
    void aBadOutlineIsRefusedAndChangesNothing() throws Exception {
        Path ws = workspace(dir);
        try (Workspace w = Workspace.open(ws)) {
            w.saveOutline(TWO);
            List<SceneOutline> dup = List.of(TWO.get(0), new SceneOutline("row", "Again", null, null));
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> w.saveOutline(dup));
            assertEquals("scene list: scene 2 (id 'row') repeats the id of scene 1", e.getMessage());
            List<SceneOutline> untitled = List.of(new SceneOutline("x", " ", null, null));
            assertTrue(assertThrows(WorkspaceException.class, () -> w.saveOutline(untitled)).getMessage()
                    .contains("scene 1 (id 'x') has no title"));
            List<SceneOutline> noId = List.of(new SceneOutline("", "Title", null, null));
            assertTrue(assertThrows(WorkspaceException.class, () -> w.saveOutline(noId)).getMessage()
                    .contains("scene 1 ('Title') has no id"));
            assertEquals(TWO, w.outline());
            assertEquals(2, w.scenes().size());
        }
    }

    @Test
    void exportThenImportRoundTrips() throws Exception {
        Path ws = workspace(dir);
        Path file = dir.resolve("scenes.json");
        try (Workspace w = Workspace.open(ws)) {
            int derived = w.exportOutline(file);
            assertEquals(w.scenes().size(), derived, "without a list of its own, the derived one is exported");
            w.saveOutline(TWO);
            assertEquals(2, w.exportOutline(file));
        }
        try (Workspace w = Workspace.open(workspace(dir.resolve("other")))) {
            assertEquals(2, w.importOutline(file));
            assertEquals(TWO, w.outline());
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> w.importOutline(dir.resolve("missing.json")));
            assertTrue(e.getMessage().contains("missing.json"), e.getMessage());
        }
    }
}
