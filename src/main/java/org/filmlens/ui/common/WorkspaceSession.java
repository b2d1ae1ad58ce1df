package org.filmlens.ui.common;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.workspace.AnalysisPart;
import org.filmlens.workspace.Workspace;

/**
 * The workspace the window shows, with a snapshot of its corpus taken in the background. Every change of either
 * (another workspace opened, an ingest finished) bumps {@link #revisionProperty()}, and each pane reloads. A large
 * workspace is published with its corpus while its analysis is still being read ({@link #analysisProperty()}): each
 * pane that needs the analysis waits for the parts it shows ({@link #partsReadProperty()}, {@link #partsRead}). Also
 * the channel through which panes report a failure to the window (which shows it as a one-line dialog).
 */
public final class WorkspaceSession {
    /**
     * Where the analysis of the workspace shown is: being read, read, not readable, or being made again by an import
     * (which lets go of the one it replaces).
     */
    public enum AnalysisState { READING, READ, FAILED, MAKING }

    /** What a pane with nothing to show says while a workspace is being opened ({@link #opening}). */
    public static final String OPENING = "Opening the workspace\u2026";

    private final ReadOnlyObjectWrapper<AnalysisState> analysis = new ReadOnlyObjectWrapper<>(AnalysisState.READ);
    private final ReadOnlyStringWrapper analysisProblem = new ReadOnlyStringWrapper("");
    private static final Set<AnalysisPart> ALL = Collections.unmodifiableSet(EnumSet.allOf(AnalysisPart.class));
    private static final Set<AnalysisPart> NONE = Collections.unmodifiableSet(EnumSet.noneOf(AnalysisPart.class));
    private final ReadOnlyObjectWrapper<Set<AnalysisPart>> readParts = new ReadOnlyObjectWrapper<>(ALL);
    private final List<Consumer<Set<AnalysisPart>>> analysisListeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Corpus> corpus =
            new ReadOnlyObjectWrapper<>(Corpus.empty(Film.unknown()));
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final List<Consumer<String>> errorListeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();

    /**
     * Shows a workspace and the corpus read from it (call on the UI thread); when {@code analysisRead} is false,
     * its analysis is still being read, and {@link #partsRead} (until all are) or {@link #analysisFailed} follows.
     */
    public void publish(Workspace ws, Corpus snapshot, boolean analysisRead) {
        analysis.set(analysisRead ? AnalysisState.READ : AnalysisState.READING);
        readParts.set(analysisRead ? ALL : NONE);
        analysisProblem.set("");
        workspace.set(ws);
        corpus.set(snapshot);
        revision.set(revision.get() + 1);
    }

    /**
     * A workspace is being opened (UI thread), until it is published or could not be opened: meanwhile a pane with
     * nothing to show says so ({@link EmptyState#whileOpening}) rather than that the workspace is empty.
     */
    public void opening(boolean now) {
        opening.set(now);
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /**
     * These parts of the analysis of the workspace published last have been read (UI thread): the panes that waited
     * for them (and no other) load; once all are, the analysis is read.
     */
    public void partsRead(Set<AnalysisPart> arrived) {
        Set<AnalysisPart> now = EnumSet.noneOf(AnalysisPart.class);
        now.addAll(readParts.get());
        now.addAll(arrived);
        readParts.set(Collections.unmodifiableSet(now));
        if (now.size() == ALL.size()) {
            analysis.set(AnalysisState.READ);
        }
        analysisListeners.forEach(l -> l.accept(arrived));
    }

    /**
     * The analysis of the workspace shown is let go of, to be made again by an import ({@link AnalysisState#MAKING})
     * or, when that did not finish, read again ({@link AnalysisState#READING}); the panes that show it wait for the
     * next publish or {@link #partsRead} (UI thread).
     */
    public void analysisAway(AnalysisState state) {
        if (state == AnalysisState.READ || state == AnalysisState.FAILED) {
            throw new IllegalArgumentException(state + " is not away");
        }
        analysisProblem.set("");
        readParts.set(NONE);
        analysis.set(state);
    }

    /** The analysis of the workspace published last could not be read nor derived (UI thread). */
    public void analysisFailed(String oneLineMessage) {
        analysisProblem.set(oneLineMessage);
        analysis.set(AnalysisState.FAILED);
    }

    /** Whether these parts of the analysis of the workspace shown are read (all of it, for none). */
    public boolean isRead(Set<AnalysisPart> parts) {
        return readParts.get().containsAll(parts);
    }

    /** The parts of the analysis of the workspace shown that are read so far (all, once it is). */
    public ReadOnlyObjectProperty<Set<AnalysisPart>> partsReadProperty() {
        return readParts.getReadOnlyProperty();
    }

    public AnalysisState analysisState() {
        return analysis.get();
    }

    public boolean isAnalysisRead() {
        return analysis.get() == AnalysisState.READ;
    }

    public ReadOnlyObjectProperty<AnalysisState> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** Why the analysis could not be read, when it could not; else empty. */
    public ReadOnlyStringProperty analysisProblemProperty() {
        return analysisProblem.getReadOnlyProperty();
    }

    /**
     * Runs {@code listener} (on the UI thread) with the parts that arrived, each time parts of a workspace's analysis
     * arrive after its corpus.
     */
    public void addAnalysisListener(Consumer<Set<AnalysisPart>> listener) {
        analysisListeners.add(listener);
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
