package org.filmlens.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.ui.arcs.ArcsViewModel;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Debouncer;
import org.filmlens.ui.common.ErrorMessages;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.PaneViewModel.ReadAhead;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.UndoStack;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.common.WorkspaceSession.AnalysisState;
import org.filmlens.ui.ending.EndingViewModel;
import org.filmlens.ui.notes.AnnotationsViewModel;
import org.filmlens.ui.notes.Annotator;
import org.filmlens.ui.quotebrowser.QuotesViewModel;
import org.filmlens.ui.reader.ReaderViewModel;
import org.filmlens.ui.scenes.ScenesViewModel;
import org.filmlens.ui.search.SearchViewModel;
import org.filmlens.ui.sources.SourcesViewModel;
import org.filmlens.workspace.AnalysisPart;
import org.filmlens.workspace.AnnotationExport;
import org.filmlens.workspace.IngestReport;
import org.filmlens.workspace.Workspace;

/**
 * The window's view model: which workspace is open, long work (open, import, the sample) with its progress and
 * cancel, the theme; and the panes' view models, which share one session, one runner and one navigator.
 */
public final class WorkbenchViewModel {
    private final BackgroundRunner runner;
    private final WorkspaceSession session = new WorkspaceSession();
    private final Navigator navigator = new Navigator(session);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Filmlens");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressStep = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Path> directory = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private IngestProgress running;
    /**
     * How long an open waits, once the corpus is read, for an analysis about to be read too before it shows the
     * corpus alone: the sample's and a 10 MB workspace's come with their corpus or within this, and are published
     * together (one frame, as before); at 100 MB the analysis takes seconds more, and the corpus is not kept waiting.
     */
    static final Duration ANALYSIS_MOMENT = Duration.ofMillis(300);
    private static final String READING_ANALYSIS = " · reading the analysis…";
    private Duration analysisMoment = ANALYSIS_MOMENT;

    private final SourcesViewModel sources;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final QuotesViewModel quotes;
    private final EndingViewModel ending;
    private final ArcsViewModel arcs;
    private final ScenesViewModel scenes;
    private final UndoStack undo;
    private final Annotator annotator;
    private final AnnotationsViewModel annotations;

    public WorkbenchViewModel(BackgroundRunner runner, Debouncer searchDebouncer) {
        this.runner = runner;
        undo = new UndoStack(runner, session);
        annotator = new Annotator(session, runner, undo);
        annotations = new AnnotationsViewModel(session, runner, navigator, annotator);
        sources = new SourcesViewModel(session, runner, navigator);
        search = new SearchViewModel(session, runner, navigator, searchDebouncer);
        reader = new ReaderViewModel(session, runner, navigator, annotator);
        quotes = new QuotesViewModel(session, runner, navigator, annotator);
        ending = new EndingViewModel(session, runner, navigator, undo, annotator);
        arcs = new ArcsViewModel(session, runner, navigator);
        scenes = new ScenesViewModel(session, runner, navigator, annotator);
        // always visible, so always loaded
        sources.activate();
        search.activate();
    }

    /**
     * Opens a workspace folder in the background; the one shown stays until the new one's corpus is read. When
     * {@code sampleIfEmpty}, an empty workspace then ingests the bundled sample (the first start).
     */
    public void open(Path dir, boolean sampleIfEmpty) {
        open(dir, sampleIfEmpty, () -> Workspace.openCorpusFirst(dir));
    }

    /**
     * {@link #open(Path, boolean)}, with the workspace from {@code opening} (called in the background), opened
     * corpus first: when its analysis is not read within {@link #analysisMoment} of its corpus, the corpus is shown
     * alone (sources, reader, search) and the panes that need the analysis follow, each once the parts it shows are
     * read ({@link #readAnalysisBehind}); else both are published together, as one frame.
     */
    void open(Path dir, boolean sampleIfEmpty, Callable<Workspace> opening) {
        if (busy.get()) {
            return;
        }
        begin("Opening " + dir, false);
        session.opening(true);
        List<ReadAhead<?>> reads = readsAhead();
        long moment = analysisMoment.toMillis();
        runner.submit(() -> {
            Workspace ws = opening.call();
            Corpus corpus = ws.corpus();
            boolean analysisRead = readWithin(ws, moment);
            List<ReadAhead<?>> made = reads.stream().filter(r -> analysisRead || !r.needsAnalysis()).toList();
            made.forEach(r -> r.make(ws));
            return new Opened(ws, corpus, analysisRead, made);
        }, opened -> {
            Workspace previous = session.workspace();
            Workspace ws = opened.workspace();
            directory.set(ws.directory());
            try {
                show(ws, opened.corpus(), opened.reads(), opened.analysisRead());
            } finally {
                session.opening(false); // also when showing it failed: nothing is being opened any more
            }
            end(opened.corpus().isEmpty() ? "Empty workspace: import pages about a film, or load the sample"
                    : "Opened " + ws.directory() + (opened.analysisRead() ? "" : READING_ANALYSIS));
            closeInBackground(previous);
            if (!opened.analysisRead()) {
                readAnalysisBehind(ws);
            }
            if (sampleIfEmpty && opened.corpus().isEmpty()) {
                ingestSample();
            }
        }, error -> {
            session.opening(false);
            fail(error);
        });
    }

    /** Whether the workspace's analysis is in memory within {@code millis} (a failure is reported later). */
    private static boolean readWithin(Workspace ws, long millis) {
        try {
            ws.analysisRead().get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Publishes, as they are read, the parts of the analysis of the workspace just published with its corpus alone
     * ({@link #awaitParts}): each pane fills as soon as the parts it shows are read (at 100 MB the ending's 8 MB come
     * seconds before the quotes' 118). Dropped if another workspace, or an ingest, was published meanwhile; a failure
     * is shown in the panes still waiting and reported.
     */
    private void readAnalysisBehind(Workspace ws) {
        readAnalysisBehind(ws, false);
    }

    /**
     * {@link #readAnalysisBehind(Workspace)}; when {@code run}, the read is run here if nobody runs it (an analysis
     * let go of by an import that did not finish is read again only when asked for). Dropped, too, once an import
     * has started meanwhile (it makes the analysis again).
     */
    private void readAnalysisBehind(Workspace ws, boolean run) {
        int revision = session.revision();
        BooleanSupplier current = () -> revision == session.revision()
                && session.analysisState() != AnalysisState.MAKING;
        Consumer<Throwable> failed = error -> {
            if (current.getAsBoolean()) {
                String message = ErrorMessages.oneLine(error);
                session.analysisFailed(message);
                status.set("Could not read the analysis: " + message);
                session.reportError("Could not read the analysis: " + message);
            }
        };
        if (run) {
            // nobody reads it otherwise: the parts waited for below come with this read
            runner.submit(() -> {
                ws.analysis();
                return null;
            }, read -> { }, error -> { }); // a failure fails the parts too, and is told below
        }
        awaitParts(ws, current, EnumSet.allOf(AnalysisPart.class), failed);
    }

    /**
     * Waits in the background (holding one of the runner's threads meanwhile) until some of the parts still
     * {@code waiting} are read, then makes the reads of the shown panes that waited for those only, and hands them
     * over with the news, so that each such pane fills in one frame; then waits for the rest.
     */
    private void awaitParts(Workspace ws, BooleanSupplier current, Set<AnalysisPart> waiting,
                            Consumer<Throwable> failed) {
        runner.submit(() -> nextParts(ws, waiting), arrived -> {
            if (!current.getAsBoolean()) {
                return;
            }
            List<ReadAhead<?>> reads = readsAhead().stream().filter(r -> r.readyWith(arrived.read())).toList();
            runner.submit(() -> {
                reads.forEach(r -> r.make(ws));
                return null;
            }, made -> {
                if (!current.getAsBoolean()) {
                    return;
                }
                reads.forEach(ReadAhead::handOver);
                session.partsRead(arrived.read());
                Set<AnalysisPart> left = EnumSet.copyOf(waiting);
                left.removeAll(arrived.read());
                if (arrived.failure() != null) {
                    failed.accept(arrived.failure());
                } else if (!left.isEmpty()) {
                    awaitParts(ws, current, left, failed);
                } else if (status.get().endsWith(READING_ANALYSIS)) {
                    status.set(status.get().substring(0, status.get().length() - READING_ANALYSIS.length()));
                }
            }, failed); // the panes wait for this read: a failure of it must end their wait too
        }, failed);
    }

    /** Parts of the analysis read, and why the others cannot be (null while they are still being read). */
    private record Arrived(Set<AnalysisPart> read, Throwable failure) {}

    /** Waits until one of {@code waiting} is read (or the analysis failed); gives all of them read by then. */
    private static Arrived nextParts(Workspace ws, Set<AnalysisPart> waiting) throws InterruptedException {
        try {
            CompletableFuture.anyOf(waiting.stream().map(ws::partRead).toArray(CompletableFuture[]::new)).get();
        } catch (ExecutionException e) {
            // told below, with the parts read before it
        }
        Set<AnalysisPart> read = EnumSet.noneOf(AnalysisPart.class);
        Throwable failure = null;
        for (AnalysisPart part : waiting) {
            CompletableFuture<Void> partRead = ws.partRead(part);
            if (partRead.isDone()) {
                try {
                    partRead.join();
                    read.add(part);
                } catch (CompletionException e) {
                    failure = e.getCause();
                }
            }
        }
        return new Arrived(read, failure);
    }

    /** How long an open waits for the analysis after the corpus (tests of the later path set none). */
    void analysisMoment(Duration moment) {
        analysisMoment = moment;
    }

    /** Ingests the sample that ships with Filmlens into the open workspace. */
    public void ingestSample() {
        ingest("Loading the sample", (ws, p) -> ws.ingestSample(p));
    }

    /** Ingests files and folders (scraped dumps, .txt, .html) into the open workspace. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
        ingest("Importing " + what, (ws, p) -> ws.ingest(paths, p));
    }

    /**
     * Exports the annotations to {@code out} in the background, with the service the command line's export uses;
     * the status line then says where they were written, or an error what failed and where.
     */
    public void exportAnnotations(AnnotationExport.Format format, Path out) {
        Workspace ws = session.workspace();
        if (ws == null) {
            return;
        }
        status.set("Exporting the annotations to " + out + "…");
        runner.submit(() -> AnnotationExport.export(ws, format, out), count -> status.set("Exported "
                + Texts.plural(count, "annotation") + " (" + format.label() + ") to " + out.toAbsolutePath()), error -> {
                    String message = "Could not export the annotations: " + ErrorMessages.oneLine(error);
                    status.set(message);
                    session.reportError(message);
                });
    }

    /** Asks the running ingest to stop at its next step; the workspace stays as it was. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            progressStep.set("Cancelling…");
        }
    }

    private interface IngestCall {
        IngestReport run(Workspace ws, Progress progress) throws Exception;
    }

    private void ingest(String label, IngestCall call) {
        Workspace ws = session.workspace();
        if (ws == null || busy.get()) {
            return;
        }
        begin(label, true);
        // the ingest lets go of the analysis it makes again (Workspace.ingest): the panes that show it wait, and so
        // ask nothing of it meanwhile, which would read the old one back into memory beside the new one
        session.analysisAway(AnalysisState.MAKING);
        IngestProgress p = new IngestProgress(runner, (step, fraction) -> {
            if (busy.get()) {
                progressStep.set(step);
                progress.set(fraction);
            }
        });
        running = p;
        runner.submit(() -> {
            IngestReport report = call.run(ws, p);
            return new Ingested(report, ws.corpus());
        }, done -> {
            // no reads ahead here: the window is up already, and each shown pane loading on its own lays it out in
            // a frame of its own (a 100 MB import's sources and ending matrix in one frame kept the FX thread 104 ms)
            show(ws, done.corpus(), List.of(), true);
            IngestReport r = done.report();
            end(Texts.plural(r.sources(), "source") + ", " + Texts.plural(r.passages(), "passage") + ", "
                    + Texts.plural(r.quotes(), "quote") + ", " + Texts.plural(r.characters(), "character")
                    + " in " + r.tookMillis() + " ms"
                    + (r.warnings().isEmpty() ? "" : " · " + String.join(" · ", r.warnings())));
        }, error -> {
            fail(error);
            if (session.workspace() == ws && session.analysisState() == AnalysisState.MAKING) {
                // the files are as they were: the analysis let go of is read from them again
                session.analysisAway(AnalysisState.READING);
                readAnalysisBehind(ws, true);
            }
        });
    }

    /**
     * The reads of the panes shown now, to make in the background with the work that opens a workspace, so that the
     * frame that first shows it shows their data too (a pane shown or hidden meanwhile simply loads as usual).
     */
    private List<ReadAhead<?>> readsAhead() {
        return Stream.of(sources, search, reader, quotes, ending, arcs, scenes, annotations)
                .<ReadAhead<?>>map(PaneViewModel::readAhead).filter(Objects::nonNull).toList();
    }

    private void show(Workspace ws, Corpus corpus, List<ReadAhead<?>> reads, boolean analysisRead) {
        empty.set(corpus.isEmpty());
        title.set(filmLabel(corpus.film()) + " — Filmlens");
        reads.forEach(ReadAhead::handOver);
        session.publish(ws, corpus, analysisRead);
    }

    static String filmLabel(Film film) {
        return film.year() == null ? film.title() : film.title() + " (" + film.year() + ")";
    }

    private void begin(String label, boolean canCancel) {
        busy.set(true);
        cancellable.set(canCancel);
        progress.set(-1);
        progressStep.set(label);
        status.set(label + "…");
    }

    private void end(String message) {
        running = null;
        busy.set(false);
        cancellable.set(false);
        progress.set(0);
        progressStep.set("");
        status.set(message);
    }

    private void fail(Throwable error) {
        String message = ErrorMessages.oneLine(error);
        end(message.equals("Cancelled") ? "Cancelled; the workspace is as it was" : message);
        if (!message.equals("Cancelled")) {
            session.reportError(message);
        }
    }

    private void closeInBackground(Workspace previous) {
        if (previous != null) {
            runner.submit(() -> {
                previous.close();
                return null;
            }, ok -> { }, error -> { });
        }
    }

    /** Closes the open workspace (when the window closes). */
    public void close() {
        Workspace ws = session.workspace();
        if (ws != null) {
            try {
                ws.close();
            } catch (Exception e) {
                // closing on exit: nothing left to tell the user
            }
        }
    }

    private record Opened(Workspace workspace, Corpus corpus, boolean analysisRead, List<ReadAhead<?>> reads) {}

    private record Ingested(IngestReport report, Corpus corpus) {}

    public WorkspaceSession session() {
        return session;
    }

    public Navigator navigator() {
        return navigator;
    }

    public BackgroundRunner runner() {
        return runner;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** From 0 to 1, or negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressStepProperty() {
        return progressStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> directoryProperty() {
        return directory.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public SearchViewModel search() {
        return search;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public QuotesViewModel quotes() {
        return quotes;
    }

    public EndingViewModel ending() {
        return ending;
    }

    public ArcsViewModel arcs() {
        return arcs;
    }

    public ScenesViewModel scenes() {
        return scenes;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public Annotator annotator() {
        return annotator;
    }

    /** The window's one undo history (annotations, ending question edits). */
    public UndoStack undo() {
        return undo;
    }
}
