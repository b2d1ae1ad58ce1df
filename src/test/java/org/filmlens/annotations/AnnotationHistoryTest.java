package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationHistoryTest {
    @TempDir
    Path dir;

    private final Corpus corpus = TestCorpus.create().source("s", null, "One passage.\n\nAnother one.").build();

    @Test
    void undoAndRedoReplayEveryKindOfEditOnDisk() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        AnnotationHistory history = new AnnotationHistory(store);
        AnnotationTarget target = new AnnotationTargets(corpus, Analysis.empty()).passageSpan("s-p0", null, null);
        Annotation a = store.create(target, "first note", List.of("x"), null);

        history.perform(new AnnotationEdit.Add(a));
        history.perform(new AnnotationEdit.Batch(List.of(new AnnotationEdit.SetNote(a.id(), "second note"),
                new AnnotationEdit.SetStance(a.id(), AnnotationStance.DISAGREE))));
        history.perform(new AnnotationEdit.SetTags(a.id(), List.of("y", "z")));
        assertEquals(List.of("y", "z"), store.get(a.id()).orElseThrow().tags());

        history.undo();
        assertEquals(List.of("x"), store.get(a.id()).orElseThrow().tags());
        history.undo();
        Annotation back = store.get(a.id()).orElseThrow();
        assertEquals("first note", back.note());
        assertEquals(null, back.stance());
        history.undo();
        assertTrue(store.list().isEmpty());
        assertFalse(history.canUndo());

        history.redo();
        Annotation redone = store.get(a.id()).orElseThrow();
        assertEquals(a.id(), redone.id(), "redo of an add brings back the same annotation");
        assertEquals(a.created(), redone.created());
        assertEquals(a.target(), redone.target());
        assertEquals("first note", redone.note());
        history.redo();
        assertEquals("second note", store.get(a.id()).orElseThrow().note());
        assertEquals(AnnotationStance.DISAGREE, store.get(a.id()).orElseThrow().stance());
        history.redo();
        assertEquals(List.of("y", "z"), store.get(a.id()).orElseThrow().tags());
        assertFalse(history.canRedo());
    }

    @Test
    void undoOfADeleteBringsTheAnnotationBackWhole() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        AnnotationHistory history = new AnnotationHistory(store);
        Annotation a = store.add(new AnnotationTargets(corpus, Analysis.empty()).passageSpan("s-p1", null, null),
                "keep me", List.of("t"), AnnotationStance.UNSURE);
        history.perform(new AnnotationEdit.Delete(a.id()));
        assertTrue(store.list().isEmpty());
        history.undo();
        assertEquals(List.of(a), AnnotationStore.open(dir).list());
    }

    @Test
    void aNewEditClearsRedoAndAStaleUndoIsDroppedWithAReason() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        AnnotationHistory history = new AnnotationHistory(store);
        AnnotationTarget target = new AnnotationTargets(corpus, Analysis.empty()).passageSpan("s-p0", null, null);
        Annotation a = store.create(target, "n", List.of(), null);
        history.perform(new AnnotationEdit.Add(a));
        history.perform(new AnnotationEdit.SetNote(a.id(), "m"));
        history.undo();
        assertTrue(history.canRedo());
        history.perform(new AnnotationEdit.SetNote(a.id(), "o"));
        assertFalse(history.canRedo());

        AnnotationStore.open(dir).delete(a.id()); // another window deletes it
        assertThrows(AnnotationException.class, history::undo);
        assertTrue(history.canUndo(), "only the stale step was dropped");
        assertThrows(AnnotationException.class, history::undo, "undoing the add: it is already gone");
        assertFalse(history.canUndo());
        assertTrue(store.list().isEmpty());
    }
}
