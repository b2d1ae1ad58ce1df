package org.filmlens.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.workspace.Workspace;

/**
 * The workspace the window shows, with a snapshot of its corpus taken in the background. Every change of either
 * (another workspace opened, an ingest finished) bumps {@link #revisionProperty()}, and each pane reloads. Also the
 * channel through which panes report a failure to the window (which shows it as a one-line dialog).
 */
public final class WorkspaceSession {
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Corpus> corpus =
            new ReadOnlyObjectWrapper<>(Corpus.empty(Film.unknown()));
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final List<Consumer<String>> errorListeners = new CopyOnWriteArrayList<>();

    /** Shows a workspace and the corpus read from it (call on the UI thread). */
    public void publish(Workspace ws, Corpus snapshot) {
        workspace.set(ws);
        corpus.set(snapshot);
        revision.set(revision.get() + 1);
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Corpus corpus() {
        return corpus.get();
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    public Film film() {
        return corpus.get().film();
    }

    public int revision() {
        return revision.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The title of a source for display: its title, else its site, else its id. */
    public String sourceTitle(String sourceId) {
        return corpus().source(sourceId).map(Texts::title).orElse(sourceId);
    }

    public void addErrorListener(Consumer<String> listener) {
        errorListeners.add(listener);
    }

    public void reportError(String oneLineMessage) {
        for (Consumer<String> l : errorListeners) {
            l.accept(oneLineMessage);
        }
    }
}
