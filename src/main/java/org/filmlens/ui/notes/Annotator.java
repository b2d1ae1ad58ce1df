package org.filmlens.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.IndexRange;
import org.filmlens.annotations.AnnotationEdit;
import org.filmlens.annotations.AnnotationException;
import org.filmlens.annotations.AnnotationTargets;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.ErrorMessages;
import org.filmlens.ui.common.UndoStack;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.workspace.Workspace;

/**
 * Every change to annotations, from any pane: each is saved at once through the workspace's annotation store and
 * recorded on the window's undo stack as the edit that reverses it. {@link #changesProperty()} ticks after every
 * change (and undo and redo), so the annotations pane shows the new list.
 */
public final class Annotator {
    private final WorkspaceSession session;
    private final BackgroundRunner runner;
    private final UndoStack undo;
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();

    public Annotator(WorkspaceSession session, BackgroundRunner runner, UndoStack undo) {
        this.session = session;
        this.runner = runner;
        this.undo = undo;
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Annotates a span of a passage that the caller has built (see AnnotationTargets#passageSpan). */
    public void annotate(AnnotationTarget target, AnnotationDraft draft) {
        create(ws -> target, draft);
    }

    /**
     * The span that words selected in a passage's text stand for (offsets into {@code text}, either order), in
     * source offsets with its exact text and context: the whole words it touches, without the blanks at its edges (a
     * drag often starts mid-word or takes a space with it); a selection that is empty or only blanks stands for the
     * whole passage.
     */
    public static AnnotationTarget passageSelection(Corpus corpus, String passageId, int passageStart, String text,
                                                    int selectionStart, int selectionEnd) throws AnnotationException {
        IndexRange words = WholeWords.around(text, selectionStart, selectionEnd);
        int from = words.getStart();
        int to = words.getEnd();
        AnnotationTargets targets = new AnnotationTargets(corpus, null);
        return from == to ? targets.passageSpan(passageId, null, null)
                : targets.passageSpan(passageId, passageStart + from, passageStart + to);
    }

    /** Annotates a quote, placed at its first occurrence. */
    public void annotateQuote(String quoteId, AnnotationDraft draft) {
        create(ws -> targets(ws).quote(quoteId, null), draft);
    }

    public void annotateQuestion(String questionId, AnnotationDraft draft) {
        create(ws -> targets(ws).endingQuestion(questionId), draft);
    }

    public void annotateScene(String sceneId, AnnotationDraft draft) {
        create(ws -> targets(ws).scene(sceneId), draft);
    }

    /** Saves what changed between the annotation and the draft, as one undoable step. */
    public void edit(Annotation old, AnnotationDraft draft) {
        List<AnnotationEdit> edits = new ArrayList<>();
        if (!old.note().equals(draft.note())) {
            edits.add(new AnnotationEdit.SetNote(old.id(), draft.note()));
        }
        if (!old.tags().equals(draft.tags())) {
            edits.add(new AnnotationEdit.SetTags(old.id(), draft.tags()));
        }
        if (!Objects.equals(old.stance(), draft.stance())) {
            edits.add(new AnnotationEdit.SetStance(old.id(), draft.stance()));
        }
        if (!edits.isEmpty()) {
            perform("edit annotation", ws -> new AnnotationEdit.Batch(edits));
        }
    }

    public void delete(Annotation a) {
        delete(a, undoIt -> { });
    }

    /**
     * Deletes, then hands {@code deleted} what undoes this deletion: it undoes only while the deletion is still the
     * latest step on the undo stack, so an offer to undo shown after it never reverses some later edit.
     */
    public void delete(Annotation a, Consumer<Runnable> deleted) {
        perform("delete annotation", ws -> new AnnotationEdit.Delete(a.id()), step -> deleted.accept(
                () -> undo.undoIfLatest(step)));
    }

    private interface TargetFor {
        AnnotationTarget in(Workspace ws) throws Exception;
    }

    private interface EditFor {
        AnnotationEdit in(Workspace ws) throws Exception;
    }

    private void create(TargetFor target, AnnotationDraft d) {
        perform("add annotation", ws -> new AnnotationEdit.Add(
                ws.annotations().create(target.in(ws), d.note(), d.tags(), d.stance())));
    }

    /**
     * Each target reads only the part of the analysis it names: a pane shown once its parts are read annotates them
     * while the others are still being read (or could not be).
     */
    private static AnnotationTargets targets(Workspace ws) {
        return new AnnotationTargets(ws.corpus(), ws::quote, ws::scenes, ws::ending);
    }

    private void perform(String label, EditFor edit) {
        perform(label, edit, step -> { });
    }

    private void perform(String label, EditFor edit, Consumer<UndoStack.Step> done) {
        Workspace ws = session.workspace();
        if (ws == null) {
            return;
        }
        runner.submit(() -> ws.annotations().apply(edit.in(ws)), reverse -> {
            Step step = new Step(label, ws, reverse);
            undo.push(step);
            changes.set(changes.get() + 1);
            done.accept(step);
        }, error -> session.reportError("Could not " + label + ": " + ErrorMessages.oneLine(error)));
    }

    /** An annotation edit on the undo stack: applying the reverse edit yields the edit that reverses that. */
    private final class Step implements UndoStack.Step {
        private final String label;
        private final Workspace ws;
        private AnnotationEdit reverse;

        Step(String label, Workspace ws, AnnotationEdit reverse) {
            this.label = label;
            this.ws = ws;
            this.reverse = reverse;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() throws Exception {
            reverse = ws.annotations().apply(reverse);
        }

        @Override
        public void redo() throws Exception {
            reverse = ws.annotations().apply(reverse);
        }

        @Override
        public void refresh() {
            changes.set(changes.get() + 1);
        }
    }
}
