package org.filmlens.annotations;

import java.util.ArrayDeque;
import java.util.Deque;
import org.filmlens.storage.StorageException;

/**
 * Undo and redo for the window: each performed edit is saved at once, and what is remembered is the edit that
 * reverses it, computed against the file as it was when applied.
 */
public final class AnnotationHistory {
    private final AnnotationStore store;
    private final Deque<AnnotationEdit> undo = new ArrayDeque<>();
    private final Deque<AnnotationEdit> redo = new ArrayDeque<>();

    public AnnotationHistory(AnnotationStore store) {
        this.store = store;
    }

    public void perform(AnnotationEdit edit) throws StorageException, AnnotationException {
        undo.push(store.apply(edit));
        redo.clear();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * Undoes the last edit. If it can no longer be undone (another window deleted the annotation), it is dropped and
     * the exception says why; if saving failed, it stays for another try.
     */
    public void undo() throws StorageException, AnnotationException {
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        replay(undo, redo);
    }

    public void redo() throws StorageException, AnnotationException {
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        replay(redo, undo);
    }

    /** A save that failed (disk, lock) keeps the step for a retry; a step that no longer applies is dropped. */
    private void replay(Deque<AnnotationEdit> from, Deque<AnnotationEdit> to)
            throws StorageException, AnnotationException {
        AnnotationEdit edit = from.peek();
        AnnotationEdit inverse;
        try {
            inverse = store.apply(edit);
        } catch (AnnotationException e) {
            from.pop();
            throw e;
        }
        from.pop();
        to.push(inverse);
    }
}
