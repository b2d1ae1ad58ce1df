package org.filmlens.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's one undo history (Edit › Undo, shortcut+Z / shortcut+Y), shared by every pane that edits something.
 * Steps are undone and redone in the background, like every other workspace call; one at a time. Opening another
 * workspace clears it: an undo must never reach into a workspace that is no longer shown.
 */
public final class UndoStack {
    /** One edit that has been done and can be reversed and done again. */
    public interface Step {
        /** "add annotation", "rename question" */
        String label();

        void undo() throws Exception;

        void redo() throws Exception;

        /** On the UI thread after an undo or redo: show the new state. */
        void refresh();
    }

    private final BackgroundRunner runner;
    private final WorkspaceSession session;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private boolean running;

    public UndoStack(BackgroundRunner runner, WorkspaceSession session) {
        this.runner = runner;
        this.session = session;
        session.workspaceProperty().addListener((obs, old, now) -> {
            if (old != now) {
                clear();
            }
        });
    }

    /** Records a step that has just been done. */
    public void push(Step step) {
        undo.push(step);
        redo.clear();
        update();
    }

    public void undo() {
        move(undo, redo, true);
    }

    /** Undoes {@code step} if nothing was done or undone after it; else does nothing. */
    public void undoIfLatest(Step step) {
        if (undo.peek() == step) {
            undo();
        }
    }

    public void redo() {
        move(redo, undo, false);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    /**
     * A step that fails is dropped with a one-line message (another window may have deleted what it edits), so
     * that the next undo can proceed.
     */
    private void move(Deque<Step> from, Deque<Step> to, boolean undoing) {
        if (running || from.isEmpty()) {
            return;
        }
        Step step = from.peek();
        running = true;
        update();
        runner.submit(() -> {
            if (undoing) {
                step.undo();
            } else {
                step.redo();
            }
            return step;
        }, done -> {
            running = false;
            from.remove(done);
            to.push(done);
            update();
            done.refresh();
        }, error -> {
            running = false;
            from.remove(step);
            update();
            step.refresh();
            session.reportError((undoing ? "Could not undo " : "Could not redo ") + step.label() + ": "
                    + ErrorMessages.oneLine(error));
        });
    }

    private void update() {
        canUndo.set(!running && !undo.isEmpty());
        canRedo.set(!running && !redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
