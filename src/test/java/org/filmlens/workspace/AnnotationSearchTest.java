package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.annotations.AnnotationEdit;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.index.AnnotationHit;
import org.filmlens.index.QuerySyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotation search always answers from the annotation file as it is now, whoever changed it. */
class AnnotationSearchTest {
    @TempDir
    Path dir;

    private static List<String> ids(Workspace ws, String query) throws Exception {
        return ws.searchAnnotations(query, null, 10).hits().stream().map(AnnotationHit::annotationId).toList();
    }

    @Test
    void everyEditIsSearchableAtOnce() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            AnnotationStore store = ws.annotations();
            assertEquals(List.of(), ids(ws, "lighthouse"), "no annotations yet");
            Annotation a = store.add(AnnotationTarget.scene("scene-1"), "The lighthouse is a promise.",
                    List.of("symbol"), null);
            assertEquals(List.of(a.id()), ids(ws, "lighthouse"));
            store.apply(new AnnotationEdit.SetNote(a.id(), "The harbour is a promise."));
            assertEquals(List.of(), ids(ws, "lighthouse"));
            assertEquals(List.of(a.id()), ids(ws, "harbour"));
            store.apply(new AnnotationEdit.SetTags(a.id(), List.of("motif")));
            assertEquals(List.of(a.id()), ids(ws, "motif"));
            assertEquals(List.of(), ids(ws, "symbol"));
            store.delete(a.id());
            assertEquals(List.of(), ids(ws, "harbour"));
        }
    }

    @Test
    void changesMadeByAnotherProcessAreFound() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.annotations().add(AnnotationTarget.scene("scene-1"), "first note", List.of(), null);
            assertEquals(1, ids(ws, "note").size());
            // Another process has its own store on the same folder.
            Annotation other = AnnotationStore.open(dir).add(AnnotationTarget.scene("scene-2"), "second note",
                    List.of(), null);
            assertEquals(2, ids(ws, "note").size());
            assertEquals(List.of(other.id()), ids(ws, "second"));
        }
    }

    @Test
    void theTagFilterAndTheLimitApply() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            AnnotationStore store = ws.annotations();
            Annotation tagged = store.add(AnnotationTarget.scene("s1"), "rain again", List.of("Weather"), null);
            store.add(AnnotationTarget.scene("s2"), "rain once more", List.of("mood"), null);
            List<AnnotationHit> hits = ws.searchAnnotations("rain", "weather", 10).hits();
            assertEquals(List.of(tagged.id()), hits.stream().map(AnnotationHit::annotationId).toList());
            assertEquals(1, ws.searchAnnotations("rain", null, 1).hits().size());
            assertEquals(2, ws.searchAnnotations("rain", null, 1).total());
        }
    }

    @Test
    void aBadQueryIsASyntaxErrorAndLeavesNoFiles() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.annotations().add(AnnotationTarget.scene("s1"), "a note", List.of(), null);
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                    () -> ws.searchAnnotations("-note", null, 10));
            assertEquals("the query only excludes; add a word or phrase to search for", e.getMessage());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("index")).toList(), "the annotation index lives in memory only");
        }
    }
}
