package org.filmlens.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.filmlens.workspace.Workspace;

/**
 * What every pane's view model shares: it loads nothing until its pane is first shown ({@link #activate()}); after
 * that, a change of the session's workspace reloads it at once while it is shown, or when it is next shown (a hidden
 * pane costs nothing while the workspace changes under it). Results of a load that a newer revision overtook are
 * dropped.
 */
public abstract class PaneViewModel {
    protected final WorkspaceSession session;
    protected final BackgroundRunner runner;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private boolean active;
    private boolean shown;
    private boolean stale;

    protected PaneViewModel(WorkspaceSession session, BackgroundRunner runner) {
        this.session = session;
        this.runner = runner;
        session.revisionProperty().addListener((obs, old, now) -> invalidate());
    }

    /** The pane is shown (and stays shown): loads its data now if it has none or it is out of date. */
    public final void activate() {
        setShown(true);
    }

    /** Called as the pane is shown and hidden (its tab selected or not). */
    public final void setShown(boolean now) {
        shown = now;
        if (shown && (!active || stale)) {
            active = true;
            stale = false;
            reload();
        }
    }

    /** What the pane shows is out of date: reload now if it is shown, else when it is shown next. */
    protected final void invalidate() {
        if (!active) {
            return;
        }
        if (shown) {
            reload();
        } else {
            stale = true;
        }
    }

    public boolean isActive() {
        return active;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Loads the pane's data from the session's workspace (on the UI thread; slow work through {@link #load}). */
    protected abstract void reload();

    /** Runs {@code query} against the current workspace in the background; applies the result unless stale. */
    protected final <T> void load(WorkspaceQuery<T> query, Consumer<? super T> apply) {
        Workspace ws = session.workspace();
        if (ws == null) {
            return;
        }
        int revision = session.revision();
        loading.set(true);
        Callable<T> work = () -> query.run(ws);
        runner.submit(work, result -> {
            if (revision == session.revision()) {
                loading.set(false);
                apply.accept(result);
            }
        }, error -> {
            loading.set(false);
            session.reportError(ErrorMessages.oneLine(error));
        });
    }

    /** A read of the workspace that may be slow. */
    @FunctionalInterface
    public interface WorkspaceQuery<T> {
        T run(Workspace ws) throws Exception;
    }
}
