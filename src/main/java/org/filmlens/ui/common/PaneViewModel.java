package org.filmlens.ui.common;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.filmlens.workspace.AnalysisPart;
import org.filmlens.workspace.Workspace;

/**
 * What every pane's view model shares: it loads nothing until its pane is first shown ({@link #activate()}); after
 * that, a change of the session's workspace reloads it at once while it is shown, or when it is next shown (a hidden
 * pane costs nothing while the workspace changes under it). Results of a load that a newer revision overtook are
 * dropped. A pane whose data is one read of the workspace ({@link #read()}) can have that read made with the work
 * that publishes a workspace ({@link #readAhead()}), so that the frame that first shows the workspace shows the
 * pane's data too: one layout and paint of the window, not an empty one and then a second.
 */
public abstract class PaneViewModel {
    protected final WorkspaceSession session;
    protected final BackgroundRunner runner;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private boolean active;
    private boolean shown;
    private boolean stale;
    /** A read made with the publishing of the session's workspace, shown by the reload that publish starts. */
    private ReadAhead<?> readyRead;
    /** The number of the latest load: only its end, whatever revision it read, ends {@link #loadingProperty()}. */
    private int latestLoad;

    protected PaneViewModel(WorkspaceSession session, BackgroundRunner runner) {
        this.session = session;
        this.runner = runner;
        session.revisionProperty().addListener((obs, old, now) -> invalidate());
        session.addAnalysisListener(this::partsArrived);
        session.analysisProperty().addListener((obs, old, now) -> {
            if (old == WorkspaceSession.AnalysisState.READ && now != old && needsAnalysis()) {
                release();
            }
        });
    }

    /**
     * The analysis this pane shows is no longer the workspace's (an import makes it again, or another workspace's
     * is being read): a pane that holds much of it (all the quotes) drops it here, so that it is not kept in memory
     * beside the one being made; the pane loads again once that one is published. By default nothing.
     */
    protected void release() {
    }

    /**
     * The parts of the workspace's analysis the pane shows (quotes, cast, scenes, ending), which a large workspace
     * reads after its corpus: such a pane loads nothing until they are read, and its tab shows that they are being
     * read. None by default.
     */
    public Set<AnalysisPart> analysisParts() {
        return Set.of();
    }

    /** Whether the pane shows parts of the workspace's analysis ({@link #analysisParts()}). */
    public final boolean needsAnalysis() {
        return !analysisParts().isEmpty();
    }

    /**
     * These parts of the analysis of the workspace shown have arrived after its corpus: by default, a pane that
     * waited for them, and has all its parts now, loads.
     */
    protected void partsArrived(Set<AnalysisPart> arrived) {
        if (analysisParts().stream().anyMatch(arrived::contains) && session.isRead(analysisParts())) {
            invalidate();
        }
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
            reloadIfItCan();
        }
    }

    /** What the pane shows is out of date: reload now if it is shown, else when it is shown next. */
    protected final void invalidate() {
        if (active && shown) {
            reloadIfItCan();
        } else if (active) {
            stale = true;
        }
        readyRead = null; // it serves the publish it came with only
    }

    /** A pane that needs parts of the analysis loads once they are read ({@link #partsArrived} calls again). */
    private void reloadIfItCan() {
        if (session.isRead(analysisParts())) {
            reload();
        }
    }

    /** A workspace is being opened ({@link WorkspaceSession#opening}): an empty pane says so. */
    public ReadOnlyBooleanProperty openingProperty() {
        return session.openingProperty();
    }

    public boolean isActive() {
        return active;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * Loads the pane's data from the session's workspace (on the UI thread; slow work through {@link #load}): by
     * default its {@link #read()}. Panes that load otherwise override this.
     */
    protected void reload() {
        Read<?> read = read();
        if (read != null) {
            load(read);
        }
    }

    /** The pane's data as one read of the workspace and how it shows it; null when it loads otherwise. */
    protected Read<?> read() {
        return null;
    }

    /**
     * The pane's read for a workspace about to be published, to make in the background before it is (called on the
     * UI thread, as that work is started); null when the pane is not shown or has no {@link #read()}.
     */
    public final ReadAhead<?> readAhead() {
        Read<?> read = active && shown ? read() : null;
        return read == null ? null : new ReadAhead<>(this, read);
    }

    private <T> void load(Read<T> read) {
        if (readyRead != null && readyRead.made && readyRead.from == session.workspace()) {
            @SuppressWarnings("unchecked") // made by this pane's own read(), which is of one type per pane
            T result = (T) readyRead.result;
            readyRead = null;
            latestLoad++; // an earlier workspace's read still under way is stale now
            loading.set(false);
            read.show().accept(result);
            return;
        }
        load(read.query(), read.show());
    }

    /** Runs {@code query} against the current workspace in the background; applies the result unless stale. */
    protected final <T> void load(WorkspaceQuery<T> query, Consumer<? super T> apply) {
        Workspace ws = session.workspace();
        if (ws == null) {
            return;
        }
        int revision = session.revision();
        int number = ++latestLoad;
        loading.set(true);
        Callable<T> work = () -> query.run(ws);
        // a result or failure of a revision since replaced is dropped; the latest load ends the loading either way
        runner.submit(work, result -> {
            if (number == latestLoad) {
                loading.set(false);
            }
            if (revision == session.revision()) {
                apply.accept(result);
            }
        }, error -> {
            if (number == latestLoad) {
                loading.set(false);
            }
            if (revision == session.revision()) {
                session.reportError(ErrorMessages.oneLine(error));
            }
        });
    }

    /** A read of the workspace (in the background) and how the pane shows its result (on the UI thread). */
    public record Read<T>(WorkspaceQuery<T> query, Consumer<? super T> show) {}

    /**
     * A pane's read made ahead, with the work that opens a workspace: {@link #make} runs in that
     * work's background task, {@link #handOver} on the UI thread just before the workspace is published, whose
     * reload then shows the result instead of reading again. A read that failed is simply made again by that reload
     * (which reports the error).
     */
    public static final class ReadAhead<T> {
        private final PaneViewModel pane;
        private final Read<T> read;
        private volatile Workspace from;
        private volatile T result;
        private volatile boolean made;

        private ReadAhead(PaneViewModel pane, Read<T> read) {
            this.pane = pane;
            this.read = read;
        }

        /** Makes the read from {@code ws} (in the background). */
        public void make(Workspace ws) {
            try {
                result = read.query().run(ws);
                from = ws;
                made = true;
            } catch (Exception | LinkageError e) {
                made = false; // the pane's own load reads again and reports it
            }
        }

        /** Whether the read needs the workspace's analysis (see {@link PaneViewModel#needsAnalysis()}). */
        public boolean needsAnalysis() {
            return pane.needsAnalysis();
        }

        /**
         * Whether its pane waits for parts of the analysis that are all read once {@code arrived} are too (UI thread):
         * the read to make before those are published.
         */
        public boolean readyWith(Set<AnalysisPart> arrived) {
            Set<AnalysisPart> needs = pane.analysisParts();
            return !pane.session.isRead(needs) && needs.stream().allMatch(p -> arrived.contains(p)
                    || pane.session.isRead(Set.of(p)));
        }

        /** Gives the result to its pane for the next publish of the workspace it was read from (UI thread). */
        public void handOver() {
            pane.readyRead = this;
        }
    }

    /** A read of the workspace that may be slow. */
    @FunctionalInterface
    public interface WorkspaceQuery<T> {
        T run(Workspace ws) throws Exception;
    }
}
