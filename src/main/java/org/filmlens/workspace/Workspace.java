package org.filmlens.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.analysis.ArcBuilder;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.analysis.SceneOutline;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.Stance;
import org.filmlens.corpus.text.NameKeys;
import org.filmlens.corpus.work.TaskResult;
import org.filmlens.index.AnnotationResults;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.QuoteResults;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.filmlens.index.SearchService;
import org.filmlens.ingest.FilmTitles;
import org.filmlens.ingest.IngestException;
import org.filmlens.ingest.IngestResult;
import org.filmlens.ingest.Ingester;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.FileTrees;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * One film's folder: its corpus, the analysis derived from it, its Lucene index and the user's own files. The one
 * facade that the window and the command line call. Thread-safe: readers see an immutable snapshot, and ingest
 * swaps in a new one only once everything about it has been written. The editing of scenes, ending and annotations
 * lives in {@link OutlineEditor}, {@link EndingEditor} and {@link AnnotationAccess}; file handling in
 * {@link WorkspaceFiles}.
 */
public final class Workspace implements AutoCloseable {
    /** Where the bundled sample lives on the class path. */
    static final String SAMPLE_RESOURCE = "/samples/her-2013/";
    static final String SAMPLE_DUMP = "her-2013-web-pages.txt";

    private final Path dir;
    private final WorkspaceFiles files;
    private final AnalysisPipeline pipeline;
    private final Ingester ingester = new Ingester();
    private final OutlineEditor outlines;
    private final EndingEditor endings;
    private final AnnotationAccess annotations;
    /** Taken while the search index is rebuilt from the corpus, so two processes never rebuild it at once. */
    static final String INDEX_REBUILD_LOCK = "index-rebuild.lock";
    /** How long a search waits for another process's rebuild; a rebuild of 100 MB takes well under a minute. */
    private static final Duration REBUILD_WAIT = Duration.ofMinutes(5);
    private volatile Snapshot snapshot;
    /** Held while analysis.json is written or the snapshot swapped (see {@link #saveIfCurrent}); taken last. */
    private final Object saveLock = new Object();
    /**
     * Held by an ingest for its whole run and by an edit of the analysis, so that an edit waits for an ingest (and is
     * then made on its result) and for another edit, while searches, which take only the workspace's lock, go on.
     */
    private final Object ingestLock = new Object();
    /**
     * Held by an edit while it runs and by {@link #close}, so that a workspace closed during an edit (the window
     * closed) is closed once the edit has saved the analysis with it, not between its edits file and its analysis.
     */
    private final Object editLock = new Object();
    private volatile boolean closed; // set under editLock: an edit that waited past the close is refused
    private SearchService index;
    /** The corpus generation whose index was last built again after it failed a search (guarded by this). */
    private String rebuiltAfterFailure;

    /** What readers see: a corpus and the analysis and index of the same generation. */
    private record Snapshot(String generation, Corpus corpus, LaterAnalysis later) {
        Snapshot(String generation, Corpus corpus, Analysis analysis) {
            this(generation, corpus, new LaterAnalysis(analysis));
        }

        <T> T part(AnalysisPart part, Function<Analysis, T> ofWhole) {
            return later.part(part, ofWhole);
        }

        Analysis analysis() {
            return later.get();
        }
    }

    /**
     * A snapshot's analysis: known, or read (or derived again) later: on a thread of its own right after the corpus
     * ({@link #openCorpusFirst}), or by the first caller that needs it ({@link #openForCorpus}). Whoever comes first
     * runs the load; anyone else waits for its result, or for the one part it needs: a file in parts hands over each
     * part as soon as it is read and checked, before the whole (so that the window fills each pane as soon as it can).
     */
    private static final class LaterAnalysis {
        private final CompletableFuture<Analysis> result = new CompletableFuture<>();
        /** Each part once in memory: read before the whole, or with it; failed with the whole. */
        private final Map<AnalysisPart, CompletableFuture<Object>> parts = new EnumMap<>(AnalysisPart.class);
        private final AtomicReference<Load> load = new AtomicReference<>();
        /** Reads one part of the analysis alone, or null when it cannot (then the whole is loaded); may be null. */
        private final PartLoad partLoad;
        private final Map<AnalysisPart, Object> alone = new ConcurrentHashMap<>();
        /**
         * The quotes filed by id at the first lookup, made again if the quotes read are others (the whole read after
         * the part alone); kept here so that they go with this analysis when an ingest lets go of it.
         */
        private volatile QuotesById quotesById;

        LaterAnalysis(Analysis analysis) {
            this(null, null);
            finish(analysis);
        }

        LaterAnalysis(Load load, PartLoad partLoad) {
            for (AnalysisPart part : AnalysisPart.values()) {
                parts.put(part, new CompletableFuture<>());
            }
            this.load.set(load);
            this.partLoad = partLoad;
        }

        /** Runs the load here unless another thread has taken it (or it is done). */
        void run() {
            Load mine = load.getAndSet(null);
            if (mine == null) {
                return;
            }
            try {
                finish(mine.run((part, value) -> parts.get(part).complete(value)));
            } catch (Exception | Error e) {
                parts.values().forEach(p -> p.completeExceptionally(e));
                result.completeExceptionally(e);
            }
        }

        /** The parts first (those read before are kept), so that each part is in memory once the whole is. */
        private void finish(Analysis analysis) {
            parts.forEach((part, read) -> read.complete(part.of(analysis)));
            result.complete(analysis);
        }

        Analysis get() {
            run();
            try {
                return result.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof WorkspaceException w) {
                    throw new IllegalStateException(w.getMessage(), w);
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) cause; // load throws nothing checked but WorkspaceExceptions
            }
        }

        /**
         * One part: read alone while nobody has asked for the whole (a command that lists the cast reads the
         * cast's part of analysis.json only), else as soon as the load has it (before the whole when the file is in
         * parts), else from the whole; a part that cannot be read alone (an older format, stale, damaged) is taken
         * from the whole, which is then read or derived as ever.
         */
        <T> T part(AnalysisPart part, Function<Analysis, T> ofWhole) {
            if (partLoad != null && load.get() != null) {
                Object read = alone.computeIfAbsent(part, p -> {
                    Object value = partLoad.read(p);
                    return value == null ? NOT_ALONE : value;
                });
                if (read != NOT_ALONE) {
                    @SuppressWarnings("unchecked") // PartLoad.read gives each part as the Analysis component it is
                    T value = (T) read;
                    return value;
                }
            }
            run(); // unless another thread has the load: then this part may come before the whole
            CompletableFuture<Object> read = parts.get(part);
            read.exceptionally(e -> null).join();
            if (read.isCompletedExceptionally() || (result.isDone() && !result.isCompletedExceptionally())) {
                return ofWhole.apply(get()); // the whole's failure; or the whole, derived again after a damaged part
            }
            @SuppressWarnings("unchecked") // the load hands over each part as the Analysis component it is
            T value = (T) read.join();
            return value;
        }

        Optional<Quote> quote(String id) {
            List<Quote> quotes = part(AnalysisPart.QUOTES, Analysis::quotes);
            QuotesById filed = quotesById;
            if (filed == null || filed.quotes() != quotes) {
                filed = QuotesById.of(quotes);
                quotesById = filed;
            }
            return Optional.ofNullable(filed.byId().get(id));
        }
    }

    /** Reads (or derives) the analysis, handing over each part it reads, checked, before the whole. */
    @FunctionalInterface
    private interface Load {
        Analysis run(BiConsumer<AnalysisPart, Object> partRead) throws WorkspaceException;
    }

    private static final Object NOT_ALONE = new Object();

    /** Reads one part of the stored analysis alone, checked as the whole would be; null when it cannot. */
    @FunctionalInterface
    private interface PartLoad {
        Object read(AnalysisPart part);
    }

    private Workspace(Path dir) {
        this.dir = dir;
        this.files = new WorkspaceFiles(dir);
        this.pipeline = new AnalysisPipeline(new EndingShelf(files.resolve(WorkspaceFiles.ENDING_DERIVED_FILE)));
        this.outlines = new OutlineEditor(files, pipeline, this::corpus, this::updateAnalysis);
        this.endings = new EndingEditor(files, this::ending, pipeline, this::updateAnalysis);
        this.annotations = new AnnotationAccess(dir, files::corpusGeneration);
    }

    /** Opens the workspace folder, creating it when missing; repairs a stale analysis or index from the corpus. */
    public static Workspace open(Path dir) throws WorkspaceException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new WorkspaceException(abs + ": not a folder, so it cannot be a workspace");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException(abs + ": cannot create the workspace folder (" + e.getMessage() + ")", e);
        }
        Workspace ws = new Workspace(abs);
        ws.load(Mode.WITH, null);
        return ws;
    }

    /**
     * Opens the workspace as {@link #open} does but reads only the corpus: the analysis is read (or derived again)
     * when first asked for, on the asking thread; {@link #characters}, {@link #scenes}, {@link #ending} and the
     * quotes read only their own part of analysis.json (format 3 on) while nothing has asked for the whole. For a
     * caller that most often needs the corpus alone (at 100 MB analysis.json takes longer to read than corpus.json);
     * the window, which shows the analysis at once, reads both.
     * A failure to derive a stale analysis then surfaces from the first call that needs it as an
     * IllegalStateException carrying the WorkspaceException.
     */
    public static Workspace openForCorpus(Path dir) throws WorkspaceException {
        return openWithAnalysisLater(dir, Mode.ON_DEMAND, null);
    }

    /**
     * Opens the workspace as {@link #open} does but returns as soon as the corpus is read: analysis.json is then read
     * and checked against the corpus (or the analysis derived again) on a thread of its own. {@link #analysisRead()}
     * tells when it is in memory; until then a call that needs it waits for it. For the window, which shows the
     * corpus first (at 100 MB reading analysis.json takes longer than corpus.json).
     */
    public static Workspace openCorpusFirst(Path dir) throws WorkspaceException {
        return openCorpusFirst(dir, Workspace::onThreadOfItsOwn);
    }

    /**
     * {@link #openCorpusFirst(Path)} with the load of the analysis handed to {@code loads} (tests hold it back, as a
     * slow read would; a caller that needs the analysis meanwhile runs the load itself).
     */
    public static Workspace openCorpusFirst(Path dir, Executor loads) throws WorkspaceException {
        return openWithAnalysisLater(dir, Mode.BEHIND, loads);
    }

    private static Workspace openWithAnalysisLater(Path dir, Mode mode, Executor loads) throws WorkspaceException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            return open(dir); // created, or refused, as open does; an empty workspace has its analysis
        }
        Workspace ws = new Workspace(abs);
        ws.load(mode, loads);
        return ws;
    }

    private static void onThreadOfItsOwn(Runnable load) {
        Thread t = new Thread(load, "filmlens-analysis-load");
        t.setDaemon(true);
        t.start();
    }

    /** The per-user default workspace, following each platform's habit for application data. */
    public static Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Filmlens", "default");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Filmlens/default");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("filmlens/default");
    }

    public Path directory() {
        return dir;
    }

    /**
     * Whether pages or notes were ever put in this folder: a folder a failed first ingest left with its lock files
     * alone (they are never deleted: another process may hold one) is none, nor is one that does not exist.
     */
    public static boolean isWorkspace(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve("annotations.json")) || Files.isDirectory(dir.resolve(LuceneSearchIndex.FOLDER))) {
            return true;
        }
        return WorkspaceFiles.OWN_FILES.stream().anyMatch(name -> Files.exists(dir.resolve(name)));
    }

    /**
     * Refuses a workspace whose corpus.json is gone while what was made from it is still there (its analysis, its
     * search index): answered as an empty workspace, every command would say "nothing", and a search would put an
     * empty index in place of the old one. An ingest makes corpus.json again.
     */
    public static void checkCorpusNotLost(Path dir) throws WorkspaceException {
        if (!Files.exists(dir.resolve(WorkspaceFiles.CORPUS_FILE))
                && (Files.exists(dir.resolve(WorkspaceFiles.ANALYSIS_FILE))
                || Files.isDirectory(dir.resolve(LuceneSearchIndex.FOLDER)))) {
            throw new WorkspaceException(dir.resolve(WorkspaceFiles.CORPUS_FILE) + " is missing, though pages were"
                    + " ingested here (their analysis and search index are still here): ingest the pages again to"
                    + " make it; the annotations, the scene list and the ending edits are kept");
        }
    }

    public Corpus corpus() {
        return snapshot.corpus();
    }

    public Analysis analysis() {
        return snapshot.analysis();
    }

    /**
     * Completes once the analysis of the corpus shown now is in memory (at once unless the workspace was opened by
     * {@link #openCorpusFirst} and it is still being read; for {@link #openForCorpus}, only once something asked
     * for it); completes exceptionally, with the WorkspaceException, when it could not be read nor derived.
     */
    public CompletableFuture<Void> analysisRead() {
        return snapshot.later().result.thenApply(a -> null);
    }

    /**
     * Completes once this part of the analysis of the corpus shown now is in memory: with the whole
     * ({@link #analysisRead()}), or before it when analysis.json is read in parts (each part as soon as it is read and
     * checked); fails as the whole does. The part is then at hand ({@link #ending()}, say) without the whole.
     */
    public CompletableFuture<Void> partRead(AnalysisPart part) {
        return snapshot.later().parts.get(part).thenApply(p -> null);
    }

    public Film film() {
        return snapshot.corpus().film();
    }

    public boolean isEmpty() {
        return snapshot.corpus().isEmpty();
    }

    // ---------------------------------------------------------------- loading

    /** How the analysis is read: with the corpus, right after it on a thread of its own, or when first asked for. */
    private enum Mode { WITH, BEHIND, ON_DEMAND }

    private void load(Mode mode, Executor loads) throws WorkspaceException {
        files.noteOwnChange(); // before the reads: a change by another process after them is then seen
        Path corpusFile = files.resolve(WorkspaceFiles.CORPUS_FILE);
        if (!Files.exists(corpusFile)) {
            snapshot = new Snapshot("", Corpus.empty(WorkspaceFiles.readFilmOr(dir, Film.unknown())),
                    Analysis.empty());
            return;
        }
        if (mode != Mode.WITH) {
            CorpusFile stored = files.readCorpus();
            Corpus corpus = stored.corpus();
            String generation = stored.generation();
            LaterAnalysis later = analysisFromFiles(generation, corpus, mode == Mode.ON_DEMAND);
            snapshot = new Snapshot(generation, corpus, later);
            if (mode == Mode.BEHIND) {
                // after the corpus, not beside it: with both cores given to the corpus the window showed the 100 MB
                // workspace's sources in 7.3 s rather than 9.4 s (its analysis in 14.7 s rather than 12.9 s)
                loads.execute(later::run);
            }
            return;
        }
        // The two files are read side by side, each by one core: at 100 MB they are 195 and 209 MB of JSON
        // (analysis.json in format 2).
        FutureTask<ReadAnalysis> analysisRead = new FutureTask<>(this::storedAnalysis);
        Thread reader = new Thread(analysisRead, "filmlens-analysis-read");
        reader.setDaemon(true);
        reader.start();
        CorpusFile stored;
        try {
            stored = files.readCorpus();
        } catch (WorkspaceException | RuntimeException | Error e) {
            analysisRead.cancel(true);
            throw e;
        }
        Corpus corpus = stored.corpus();
        // the passages made here, while analysis.json is still being read
        List<String> discussing = EndingMapper.discussing(corpus);
        String generation = stored.generation();
        Analysis analysis = loadAnalysis(generation, corpus, await(analysisRead), () -> discussing);
        snapshot = new Snapshot(generation, corpus, analysis);
    }

    /**
     * The analysis of {@code corpus} as analysis.json holds it (checked, or derived again), read when asked for or
     * run; {@code partsAlone}: a part asked for while nothing has asked for the whole is read alone.
     */
    private LaterAnalysis analysisFromFiles(String generation, Corpus corpus, boolean partsAlone) {
        return new LaterAnalysis(partRead -> {
            // the passages and the sources that discuss the film (which the ending's silent sources are worked
            // out from) are made on the other core while analysis.json is read: at 100 MB about 2 s each
            FutureTask<List<String>> discussing = new FutureTask<>(() -> EndingMapper.discussing(corpus));
            Thread beside = new Thread(discussing, "filmlens-analysis-corpus");
            beside.setDaemon(true);
            beside.start();
            return readOrDerive(generation, corpus, () -> await(discussing), partRead);
        }, partsAlone ? part -> partAlone(part, generation, corpus) : null);
    }

    /** The sources that discuss the film ({@link EndingMapper#discussing}), made beside the read or before it. */
    @FunctionalInterface
    private interface Discussing {
        List<String> get() throws WorkspaceException;
    }

    /**
     * analysis.json as read: the stored analysis, and the file's stamp when it was read in parts and was the same
     * file before and after the read (else null), so that an edit can copy the parts it leaves alone.
     */
    private record ReadAnalysis(StoredAnalysis stored, FileStamp file) {}

    /**
     * analysis.json as stored, or null when there is none or it cannot be read (it is derived data). A file in parts
     * (format 3 on) is read a part per thread on two threads (at 100 MB, format 4: the quotes 81 MB, the cast 82).
     */
    private ReadAnalysis storedAnalysis() {
        Path file = files.resolve(WorkspaceFiles.ANALYSIS_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        FileStamp before = stampOf(file);
        Optional<AnalysisJson.Parts> opened = AnalysisJson.Parts.of(file);
        if (opened.isEmpty()) {
            try {
                return new ReadAnalysis(AnalysisJson.read(file), null);
            } catch (StorageException e) {
                return null;
            }
        }
        StoredAnalysis stored;
        try (AnalysisJson.Parts parts = opened.get()) {
            stored = storedParts(file, parts);
        }
        return stored == null ? null : new ReadAnalysis(stored, sameFile(file, before));
    }

    /** {@code before} when {@code file} is still the file it describes, else null. */
    private static FileStamp sameFile(Path file, FileStamp before) {
        return before != null && before.equals(stampOf(file)) ? before : null;
    }

    private static StoredAnalysis storedParts(Path file, AnalysisJson.Parts parts) {
        ExecutorService two = partThreads();
        try {
            Map<AnalysisPart, Future<List<?>>> read = new EnumMap<>(AnalysisPart.class);
            for (AnalysisPart part : AnalysisPart.values()) { // the largest first: quotes, then the cast
                read.put(part, two.submit(() -> parts.read(part)));
            }
            List<List<?>> got = new ArrayList<>();
            for (Future<List<?>> part : read.values()) {
                got.add(TaskResult.await(part, StorageException.class,
                        e -> new StorageException(file, "cannot read (" + e.getMessage() + ")", e)));
            }
            // with its format: loadAnalysis saves one older than the current again
            return new StoredAnalysis(parts.version(), parts.generation(), analysisOf(got));
        } catch (StorageException e) {
            return null; // damaged: derived again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            two.shutdown(); // a part still being read after another failed ends at its next read: the parts are closed
        }
    }

    /**
     * The analysis of the corpus: from analysis.json when it is of the corpus's generation and whole, else derived
     * again. A file in parts is read, checked and filled in a part per thread on two threads, so that cutting the
     * occurrences' texts from the corpus and working out the silent sources run beside the other parts' reading;
     * each part is handed to {@code partRead} as soon as it is checked (one that a damaged part then has derived
     * again is the same data, as the file was written from the same corpus).
     */
    private Analysis readOrDerive(String generation, Corpus corpus, Discussing discussing,
                                  BiConsumer<AnalysisPart, Object> partRead) throws WorkspaceException {
        Path file = files.resolve(WorkspaceFiles.ANALYSIS_FILE);
        FileStamp before = stampOf(file);
        Optional<AnalysisJson.Parts> opened = AnalysisJson.Parts.of(file);
        if (opened.isEmpty()) {
            return loadAnalysis(generation, corpus, storedAnalysis(), discussing);
        }
        Analysis read;
        int version;
        try (AnalysisJson.Parts parts = opened.get()) {
            version = parts.version();
            read = parts.generation().equals(generation) ? readParts(parts, corpus, discussing, partRead) : null;
        }
        if (read != null) {
            FileStamp same = sameFile(file, before);
            if (same != null) { // the file read all along: an edit copies the parts it leaves alone
                files.noteAnalysisOnDisk(read, same);
            }
            saveIfOlder(version, generation, read);
        }
        return read != null ? read : loadAnalysis(generation, corpus, null, discussing); // stale or damaged
    }

    /** The file's stamp, or null when it cannot be had (then nothing is noted of it). */
    private static FileStamp stampOf(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The order the parts are read in: the smallest first, so that the panes that need only those fill first (the
     * ending, shown first, is 8 MB of 209 at 100 MB; while its thread waits for the discussing sources, the other
     * core reads the scenes and then the quotes), then the cast.
     */
    private static final List<AnalysisPart> READ_ORDER = List.of(AnalysisPart.ENDING, AnalysisPart.SCENES,
            AnalysisPart.QUOTES, AnalysisPart.CHARACTERS);

    private Analysis readParts(AnalysisJson.Parts parts, Corpus corpus, Discussing discussing,
                               BiConsumer<AnalysisPart, Object> partRead) throws WorkspaceException {
        ExecutorService two = partThreads();
        try {
            Map<AnalysisPart, Future<Object>> reads = new EnumMap<>(AnalysisPart.class);
            for (AnalysisPart part : READ_ORDER) {
                reads.put(part, two.submit(() -> {
                    Object value = partChecked(parts, part, corpus, discussing);
                    if (value != null) {
                        partRead.accept(part, value);
                    }
                    return value;
                }));
            }
            Map<AnalysisPart, Object> got = new EnumMap<>(AnalysisPart.class);
            for (AnalysisPart part : READ_ORDER) {
                Object value = TaskResult.await(reads.get(part), WorkspaceException.class,
                        e -> new WorkspaceException(dir + ": cannot read the analysis (" + e.getMessage() + ")", e));
                if (value == null) {
                    return null;
                }
                got.put(part, value);
            }
            return analysisOf(new ArrayList<>(got.values())); // in AnalysisPart's order
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException(dir + ": opening the workspace was interrupted", e);
        } finally {
            two.shutdown(); // a part still being read after another failed ends at its next read: the parts are closed
        }
    }

    /** The two threads a file in parts is read on (at 100 MB the quotes are 81 MB, the cast 82 MB). */
    private static ExecutorService partThreads() {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "filmlens-analysis-part");
            t.setDaemon(true);
            return t;
        });
    }

    /** The analysis of its parts, in {@link AnalysisPart}'s order (quotes, cast, scenes, ending). */
    @SuppressWarnings("unchecked") // each part is read as the type of its component
    private static Analysis analysisOf(List<?> parts) {
        return new Analysis((List<Quote>) parts.get(0), (List<FilmCharacter>) parts.get(1), (List<Scene>) parts.get(2),
                (List<EndingQuestion>) parts.get(3));
    }

    /** One part of analysis.json read alone (a workspace opened for its corpus); null when it cannot be. */
    private Object partAlone(AnalysisPart part, String generation, Corpus corpus) {
        Path file = files.resolve(WorkspaceFiles.ANALYSIS_FILE);
        Optional<AnalysisJson.Parts> opened = AnalysisJson.Parts.of(file);
        if (opened.isEmpty()) {
            return null;
        }
        try (AnalysisJson.Parts parts = opened.get()) {
            return parts.generation().equals(generation)
                    ? partChecked(parts, part, corpus, () -> EndingMapper.discussing(corpus)) : null;
        } catch (WorkspaceException e) {
            return null;
        }
    }

    /**
     * One part of analysis.json, checked as {@link #loadAnalysis} checks the whole (occurrences within their
     * sources), with what the corpus gives again filled in; null when it cannot be read (damaged): the caller then
     * derives the analysis again.
     */
    private static Object partChecked(AnalysisJson.Parts parts, AnalysisPart part, Corpus corpus,
                                      Discussing discussing) throws WorkspaceException {
        try {
            List<?> value = parts.read(part, corpus); // the quotes with their occurrences' texts
            return switch (part) {
                case QUOTES -> {
                    @SuppressWarnings("unchecked") List<Quote> quotes = (List<Quote>) value;
                    boolean whole = quotes.stream().allMatch(AnalysisJson::isWhole); // each with its text
                    yield whole ? quotes : null; // read with their occurrences' texts
                }
                case ENDING -> {
                    @SuppressWarnings("unchecked") List<EndingQuestion> ending = (List<EndingQuestion>) value;
                    yield EndingMapper.withSilent(discussing.get(), ending);
                }
                case CHARACTERS, SCENES -> value;
            };
        } catch (StorageException | IllegalArgumentException e) {
            return null;
        }
    }

    private <T> T await(FutureTask<T> read) throws WorkspaceException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            read.cancel(true);
            Thread.currentThread().interrupt();
            throw new WorkspaceException(dir + ": opening the workspace was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // what is awaited throws nothing checked
        }
    }

    /**
     * The stored analysis when it matches the corpus; otherwise (older build, crash mid-ingest, damaged) derived
     * again. One of an older format is saved again in the current one, which is far quicker to read next time.
     */
    private Analysis loadAnalysis(String generation, Corpus corpus, ReadAnalysis read,
                                  Discussing discussing) throws WorkspaceException {
        StoredAnalysis stored = read == null ? null : read.stored();
        if (stored != null && generation.equals(stored.generation()) && AnalysisJson.isWhole(stored.analysis())) {
            Analysis a = stored.analysis();
            List<Quote> quotes;
            try {
                quotes = AnalysisJson.withOccurrenceTexts(a.quotes(), corpus);
            } catch (IllegalArgumentException e) {
                quotes = null; // offsets outside the corpus: damaged, so derived again below
            }
            if (quotes != null) {
                // silent sources are not stored (format 2) or were not yet (early format 1): worked out now
                Analysis loaded = new Analysis(quotes, a.characters(), a.scenes(),
                        EndingMapper.withSilent(discussing.get(), a.ending()));
                if (read.file() != null) {
                    files.noteAnalysisOnDisk(loaded, read.file());
                }
                saveIfOlder(stored.formatVersion(), generation, loaded);
                return loaded;
            }
        }
        Analysis analysis = pipeline.run(corpus, generation, outline(), endingEdits(), Progress.NONE);
        saveIfCurrent(generation, analysis);
        return analysis;
    }

    /** Saves again in the current format an analysis read from an older one, which is far quicker to read next time. */
    private void saveIfOlder(int formatVersion, String generation, Analysis read) {
        if (formatVersion < StoredAnalysis.VERSION) {
            saveIfCurrent(generation, read);
        }
    }

    /**
     * Saves an analysis loaded for {@code generation} unless an ingest has swapped in a newer corpus meanwhile: a
     * load taken before an ingest and run after it (by a thread of its own, or by whoever asked the old snapshot)
     * must not put the old corpus's analysis over the new one's. Under {@link #saveLock}, which the ingest holds
     * while it renames its files in and swaps the snapshot, so the check and the write see one or the other whole;
     * and only while corpus.json on disk is still of that generation (a load that outlived this workspace, or another
     * process's ingest). A load takes no other lock but the swap file lock, after this one as an ingest takes it (an
     * edit waits for the load holding the ingest's lock, which no load takes).
     */
    private void saveIfCurrent(String generation, Analysis analysis) {
        synchronized (saveLock) {
            Snapshot now = snapshot; // none yet while open reads both files: nothing can have swapped in another
            if (now == null || now.generation().equals(generation)) {
                files.writeAnalysisQuietly(generation, analysis); // which checks corpus.json on disk too
            }
        }
    }

    /**
     * Applies an edit's change to the current analysis of the same corpus, saves it and swaps it in. The generation
     * stays, so the index stays valid. Editors call this inside {@link #edit}, which serialises them.
     */
    private void updateAnalysis(AnalysisUpdater.Change change) throws WorkspaceException {
        Snapshot s = snapshot;
        Analysis current = s.analysis(); // waits for an analysis still being read
        Analysis next;
        try {
            next = change.apply(s.generation(), s.corpus(), current);
        } catch (WorkspaceException | RuntimeException | Error e) {
            files.discardAnalysisOf(s.generation()); // the edit is saved; the analysis on disk is now behind it
            throw e;
        }
        synchronized (saveLock) {
            files.writeAnalysisQuietly(s.generation(), next, current);
            snapshot = new Snapshot(s.generation(), s.corpus(), next);
        }
    }

    /** An edit of the analysis (the scene list, the ending), run by {@link #edit}. */
    @FunctionalInterface
    private interface Edit<T> {
        T run() throws WorkspaceException;
    }

    /**
     * Runs an edit of the analysis after any ingest running now (on its result), once the analysis is in memory: the
     * window shows the ending and the scenes as soon as their parts are read, so an edit may come while the rest is
     * still being read (or derived again). A failure to read it is the edit's. The ingest lock alone serialises edits
     * with each other and with ingests: an edit maps the ending or links the scenes again (seconds at 100 MB), and
     * searches, which take the workspace's lock to open the index, go on meanwhile on the unchanged index.
     */
    private <T> T edit(Edit<T> edit) throws WorkspaceException {
        synchronized (ingestLock) {
            return writing(() -> {
                if (!closed) { // a load for an edit that will be refused would be for nothing
                    snapshot.analysis();
                }
                synchronized (editLock) {
                    if (closed) { // while it waited for the analysis or an ingest
                        throw new WorkspaceException(dir + ": the workspace was closed before the edit could be made");
                    }
                    return edit.run();
                }
            });
        }
    }

    /**
     * Runs a change of the workspace's files under {@link WorkspaceFiles#writerLock}, on the corpus on disk: another
     * window or command may have ingested since this one read it, and a change made to the corpus read before would
     * put its analysis over the newer one, or drop the sources it added.
     */
    private <T> T writing(Edit<T> change) throws WorkspaceException {
        return writing(change, Progress.NONE);
    }

    /** As {@link #writing(Edit)}, telling {@code progress} of a wait for another process, which it may cancel. */
    private <T> T writing(Edit<T> change, Progress progress) throws WorkspaceException {
        boolean[] told = {false};
        Runnable whileWaiting = () -> {
            if (!told[0]) {
                told[0] = true;
                progress.report("Waiting for another Filmlens window or command to finish with this workspace", -1);
            }
            progress.checkCancelled();
        };
        try (FileLocks.Held held = files.writerLock(whileWaiting)) {
            if (files.changedByOthers(snapshot.generation())) {
                pipeline.forgetLast();
                // swapped as an ingest swaps its own in: no search opens the old index for the new corpus, nor an
                // index for the old one meanwhile
                synchronized (this) {
                    synchronized (saveLock) {
                        closeIndex();
                        load(Mode.ON_DEMAND, null);
                    }
                }
            }
            T result = change.run();
            files.noteOwnChange();
            return result;
        } catch (IOException e) {
            throw new WorkspaceException(dir + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- scene list

    /** The film's scene list from scenes.json, or empty (the scene linker then derives a coarse one). */
    public List<SceneOutline> outline() throws WorkspaceException {
        return files.outline();
    }

    /** The scene list in use: the film's own, or the coarse one derived from cues when it has none. */
    public List<SceneOutline> currentOutline() throws WorkspaceException {
        return outlines.current();
    }

    /**
     * Replaces the film's scene list (atomically), then links the corpus to it again. Quotes and cast do not depend
     * on scenes and are kept; the corpus and its generation stay, so the index stays valid.
     */
    public void saveOutline(List<SceneOutline> scenes) throws WorkspaceException {
        edit(() -> {
            outlines.save(scenes);
            return null;
        });
        annotations.checkReferences(analysis());
    }

    /** Writes the scene list in use to a scenes.json file that {@link #importOutline} reads back. */
    public int exportOutline(Path file) throws WorkspaceException {
        return outlines.export(file);
    }

    /** Reads a scenes.json file, checks it, and makes it the film's scene list. */
    public int importOutline(Path file) throws WorkspaceException {
        int scenes = edit(() -> outlines.importFrom(file));
        annotations.checkReferences(analysis()); // a scene gone from the list: its annotations shown unplaced
        return scenes;
    }

    public EndingEdits endingEdits() throws WorkspaceException {
        return files.endingEdits();
    }


    // ---------------------------------------------------------------- ingest

    /**
     * Ingests files and folders into this workspace. Sources with the same id as existing ones replace them; the
     * rest are added. Everything is built first and swapped in at the end: a failure leaves the workspace as it was.
     */
    public IngestReport ingest(List<Path> paths, Progress progress) throws WorkspaceException {
        synchronized (ingestLock) { // not the workspace's lock: searches answer from the old corpus meanwhile
            return writing(() -> ingestLocked(paths, progress), progress);
        }
    }

    private IngestReport ingestLocked(List<Path> paths, Progress progress) throws WorkspaceException {
        long t0 = System.nanoTime();
        files.deleteLeftovers(); // an ingest rewrites them all: what killed saves left is cleared once here
        letGoOfAnalysis();
        Film film = filmFor(paths);
        progress.report("Reading and cleaning", 0.05);
        List<String> warnings;
        Corpus merged;
        Snapshot before = snapshot; // the corpus the index on disk is of, when it is current
        try {
            IngestResult fresh = ingester.ingestInto(before.corpus().sources(), film, paths, progress);
            warnings = new ArrayList<>(fresh.warnings());
            if (!fresh.gone().isEmpty()) {
                warnings.add(fresh.gone().size() + " source(s) no longer in their files, removed: "
                        + String.join(", ", fresh.gone()));
            }
            merged = merge(before.corpus(), fresh.corpus(), fresh.gone(), film);
            if (Film.unknown().equals(merged.film())) { // nobody named the film: its pages' titles may agree
                Optional<Film> named = FilmTitles.guess(merged.sources());
                if (named.isPresent()) {
                    merged = merged.withFilm(named.get());
                }
            }
        } catch (IngestException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        List<SceneOutline> outline = outline().isEmpty() ? OutlineEditor.beside(paths) : outline();
        String generation = UUID.randomUUID().toString();
        Analysis analysis;
        boolean committed = false;
        try (IngestSaver saver = new IngestSaver(dir, generation, merged, before.corpus(), before.generation())) {
            analysis = pipeline.run(merged, generation, outline, endingEdits(), progress, saver);
            progress.checkCancelled();
            progress.report("Indexing", 0.8);
            saver.analysisReady(analysis);
            annotations.owe(generation); // until they are re-anchored below, whatever stops this process
            // no search opens the old index for the new corpus, nor the new index for the old one; an older analysis
            // still loading must see the new files and snapshot both
            synchronized (this) {
                synchronized (saveLock) {
                    saver.commit(this::closeIndex);
                    files.noteAnalysisOnDisk(analysis, saver.analysisStamp());
                    snapshot = new Snapshot(generation, merged, analysis);
                    committed = true;
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(dir + ": could not save the ingested corpus (" + e.getMessage() + ")", e);
        } finally {
            if (!committed) {
                pipeline.forgetLast(); // what it kept of the analysis made is of a corpus that never came in
            }
        }
        outlines.keep(outline);
        warnings.addAll(annotations.reanchor(generation, merged, analysis));
        progress.report("Done", 1.0);
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new IngestReport(merged.sources().size(), merged.passages().size(), analysis.quotes().size(),
                analysis.characters().size(), took, warnings);
    }

    /**
     * An ingest makes the whole analysis again, so the one in memory is let go for its run rather than held beside
     * the one being made: at 100 MB it is about half the window's live set (a window given 2 GB added six pages to
     * the 100 MB workspace in 220 s with the collector running back to back, against 69 s for the command line,
     * which never reads it). Until the ingest swaps in its own, whoever asks reads it again from analysis.json,
     * which the ingest leaves as it is until its commit: a failed or cancelled ingest loses nothing. (The window
     * asks nothing meanwhile: its analysis panes wait for the import's.)
     */
    private void letGoOfAnalysis() {
        pipeline.forgetLast();
        synchronized (saveLock) {
            Snapshot s = snapshot;
            if (!s.generation().isEmpty()) { // an empty workspace's analysis is empty: nothing to let go of
                snapshot = new Snapshot(s.generation(), s.corpus(), analysisFromFiles(s.generation(), s.corpus(),
                        true));
            }
        }
    }

    /** Whether the analysis of the corpus shown now is in memory (tests). */
    boolean analysisInMemory() {
        return snapshot.later().result.isDone();
    }

    /** Ingests the sample that ships inside Filmlens (used on a first start with an empty workspace). */
    public IngestReport ingestSample(Progress progress) throws WorkspaceException {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("filmlens-sample");
            for (String name : List.of(SAMPLE_DUMP, WorkspaceFiles.FILM_FILE, WorkspaceFiles.OUTLINE_FILE)) {
                try (InputStream in = Workspace.class.getResourceAsStream(SAMPLE_RESOURCE + name)) {
                    if (in != null) {
                        Files.copy(in, tmp.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (!Files.exists(tmp.resolve(SAMPLE_DUMP))) {
                throw new WorkspaceException("the bundled sample is missing from this build of Filmlens");
            }
            return ingest(List.of(tmp.resolve(SAMPLE_DUMP)), progress);
        } catch (IOException e) {
            throw new WorkspaceException("cannot unpack the bundled sample (" + e.getMessage() + ")", e);
        } finally {
            FileTrees.deleteQuietly(tmp);
        }
    }

    /** film.json beside the first input (or inside it, for a folder) names the film; else the workspace's own. */
    private Film filmFor(List<Path> paths) throws WorkspaceException {
        Film current = snapshot.corpus().film();
        for (Path p : paths) {
            Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            if (folder != null && Files.isRegularFile(folder.resolve(WorkspaceFiles.FILM_FILE))) {
                return WorkspaceFiles.readFilmOr(folder, current);
            }
        }
        return current;
    }

    /**
     * The old corpus with the fresh one's sources added or replacing theirs, less those gone from their files; the
     * fresh one itself when alone. A source ingested again unchanged (the same page and passages) stays the old one,
     * so a dump ingested again with pages added to it is an add, and the index built for the old corpus carries over.
     */
    private static Corpus merge(Corpus old, Corpus fresh, List<String> gone, Film film) {
        if (old.isEmpty() && fresh.film().equals(film)) {
            return fresh; // the same sources and passages in the same order: no second set of lookup maps
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>(gone);
        for (Source s : old.sources()) {
            if (removed.contains(s.id())) {
                continue;
            }
            sources.put(s.id(), s);
            passages.put(s.id(), old.passagesOf(s.id()));
        }
        for (Source s : fresh.sources()) {
            List<Passage> ps = fresh.passagesOf(s.id());
            if (!(s.equals(sources.get(s.id())) && ps.equals(passages.get(s.id())))) {
                sources.put(s.id(), s);
                passages.put(s.id(), ps);
            }
        }
        List<Passage> all = new ArrayList<>();
        passages.values().forEach(all::addAll);
        return new Corpus(film, new ArrayList<>(sources.values()), all);
    }

    // ---------------------------------------------------------------- annotations

    /**
     * The user's annotations in this folder, opened on first use; re-anchored first to the corpus shown now if the
     * ingest that brought it was stopped before it could.
     */
    public AnnotationStore annotations() throws WorkspaceException {
        reanchorIfOwed();
        return annotations.store();
    }

    private void reanchorIfOwed() {
        Snapshot s = snapshot;
        annotations.reanchorIfOwed(s.generation(), s::corpus, s::analysis, files::corpusGeneration);
    }

    /**
     * Annotations matching the query (the passage search syntax) in their note, annotated text or tags, best first;
     * with {@code tag}, only those carrying it. Always up to date with the annotation file, whoever changed it.
     */
    public AnnotationResults searchAnnotations(String query, String tag, int limit)
            throws QuerySyntaxException, WorkspaceException {
        reanchorIfOwed();
        return annotations.search(query, tag, limit);
    }

    // ---------------------------------------------------------------- search

    public SearchResults search(SearchRequest request) throws QuerySyntaxException, WorkspaceException {
        return onIndex("search", index -> index.search(request));
    }

    /** The film's lines that match a query, best first, as the quote browser and `quotes --search` show them. */
    public QuoteResults searchQuotes(SearchRequest request) throws QuerySyntaxException, WorkspaceException {
        return onIndex("quote search", index -> index.searchQuotes(request));
    }

    private interface IndexQuery<T> {
        T on(SearchService index) throws IOException, QuerySyntaxException;
    }

    /**
     * Runs a query on the index; when the index fails it (a damaged file reads as garbage: Lucene then throws
     * whatever its decoding runs into), the index is built again from the corpus, a cache of which it is, and the
     * query run once more; a second failure is told. Only the index that failed is built again, once per corpus: one
     * an ingest closed meanwhile (it swapped in its own) is simply asked again, and a failure that comes back after
     * a rebuild is no damage.
     */
    private <T> T onIndex(String what, IndexQuery<T> query) throws QuerySyntaxException, WorkspaceException {
        Path indexDir = dir.resolve(LuceneSearchIndex.FOLDER);
        SearchService used = index();
        try {
            return query.on(used);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IOException io && LuceneSearchIndex.locked(io)) {
                throw StandaloneSearch.failed(indexDir, what, e);
            }
            synchronized (this) {
                String generation = snapshot.generation();
                if (index == used && !LuceneSearchIndex.closedUnder(e) && !generation.equals(rebuiltAfterFailure)) {
                    rebuiltAfterFailure = generation;
                    try {
                        closeIndex();
                    } catch (IOException ignored) {
                        // it is deleted next in any case
                    }
                    FileTrees.deleteQuietly(indexDir);
                }
            }
            try {
                return query.on(index());
            } catch (IOException | RuntimeException again) {
                throw StandaloneSearch.failed(indexDir, what, again);
            }
        }
    }

    /**
     * The open index, opened or rebuilt from the corpus on first use (the index is a cache of the corpus). One
     * process rebuilds at a time, under a lock of its own; one that waits for another's rebuild does so without
     * holding this workspace's monitor (an ingest's commit here needs it), and opens the index the other made.
     */
    private SearchService index() throws WorkspaceException {
        Path indexDir = dir.resolve(LuceneSearchIndex.FOLDER);
        try {
            synchronized (this) {
                if (index == null) {
                    index = openIfOf(indexDir, snapshot.generation(), false);
                }
                if (index != null) {
                    return index;
                }
            }
            try (FileLocks.Held rebuilding = FileLocks.acquire(dir.resolve(INDEX_REBUILD_LOCK), REBUILD_WAIT)) {
                synchronized (this) {
                    if (index != null) {
                        return index;
                    }
                    Snapshot s = snapshot;
                    LuceneSearchIndex opened = openIfOf(indexDir, s.generation(), true);
                    if (opened == null) {
                        FileTrees.deleteQuietly(indexDir);
                        deleteOlderIndexes();
                        LuceneSearchIndex.build(indexDir, s.corpus(), s.analysis(), s.generation());
                        opened = LuceneSearchIndex.open(indexDir);
                    }
                    index = opened;
                    return index;
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(indexDir + ": cannot open or rebuild the search index (" + e.getMessage()
                    + ")", e);
        }
    }

    /**
     * The index in {@code indexDir} when it is whole and of {@code generation}; null when it must be rebuilt, or,
     * unless {@code lockedFails}, while another process writes it.
     */
    private static LuceneSearchIndex openIfOf(Path indexDir, String generation, boolean lockedFails)
            throws IOException {
        LuceneSearchIndex opened = Files.isDirectory(indexDir) ? tryOpen(indexDir, lockedFails) : null;
        if (opened != null && !opened.generation().equals(generation)) {
            opened.close();
            return null;
        }
        return opened;
    }

    /** Index folders of older schema versions ({@code index-vN}) are caches nothing will read again. */
    private void deleteOlderIndexes() {
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(p -> p.getFileName().toString().matches("index-v\\d+")
                            && !p.getFileName().toString().equals(LuceneSearchIndex.FOLDER))
                    .forEach(FileTrees::deleteQuietly);
        } catch (IOException e) {
            // only disk space is at stake; tried again on the next rebuild
        }
    }

    /** The index, or null when it is damaged (rebuilt by the caller); one a writer holds is reported, not rebuilt. */
    /** The index, or null when there is none whole (or one being written, unless {@code lockedFails}). */
    private static LuceneSearchIndex tryOpen(Path indexDir, boolean lockedFails) throws IOException {
        try {
            return LuceneSearchIndex.open(indexDir);
        } catch (IOException e) {
            if (lockedFails && LuceneSearchIndex.locked(e)) {
                throw e;
            }
            return null;
        }
    }

    private synchronized void closeIndex() throws IOException {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    // ---------------------------------------------------------------- queries

    public Optional<Source> source(String id) {
        return corpus().source(id);
    }

    public List<Passage> passages(String sourceIdOrNull) {
        return sourceIdOrNull == null ? corpus().passages() : corpus().passagesOf(sourceIdOrNull);
    }

    /** Canonical quotes, most widely quoted first; filters are optional (null / 0). */
    public List<Quote> quotes(String speaker, int minSources) {
        // a character's lines whatever label each page gave them ("Nora Crane:", "NORA:"); else the label itself
        Set<String> ofCharacter = speaker == null ? null : character(speaker)
                .map(c -> Set.copyOf(c.quoteIds())).orElse(null);
        return snapshot.part(AnalysisPart.QUOTES, Analysis::quotes).stream()
                .filter(q -> speaker == null || (ofCharacter != null ? ofCharacter.contains(q.id())
                        : NameKeys.same(speaker, q.speaker())))
                .filter(q -> q.sourceIds().size() >= minSources)
                .sorted(Comparator.comparingInt((Quote q) -> -q.sourceIds().size())
                        .thenComparingInt(q -> -q.occurrences().size()))
                .toList();
    }

    /** Every quote, in the analysis's order. */
    public List<Quote> allQuotes() {
        return snapshot.part(AnalysisPart.QUOTES, Analysis::quotes);
    }

    /** A quote by id; the first lookup on the quotes read files them by id (callers look up many in a row). */
    public Optional<Quote> quote(String id) {
        return snapshot.later().quote(id);
    }

    /**
     * One quotes list filed by id. A search's hits, an arc's lines and the annotations on quotes were each looked up
     * with a pass over all the quotes (355,000 at 100 MB): `quotes --search` took 13 s for 1,187 lines.
     */
    private record QuotesById(List<Quote> quotes, Map<String, Quote> byId) {
        static QuotesById of(List<Quote> quotes) {
            Map<String, Quote> byId = new HashMap<>(quotes.size() * 4 / 3 + 1);
            for (Quote q : quotes) {
                byId.putIfAbsent(q.id(), q);
            }
            return new QuotesById(quotes, byId);
        }
    }

    public List<FilmCharacter> characters() {
        return snapshot.part(AnalysisPart.CHARACTERS, Analysis::characters);
    }

    /** A character by name or alias, case-insensitively. */
    public Optional<FilmCharacter> character(String nameOrAlias) {
        for (FilmCharacter c : characters()) {
            if (c.name().equalsIgnoreCase(nameOrAlias)
                    || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(nameOrAlias))) {
                return Optional.of(c);
            }
        }
        // then accents aside ("soren" is Søren): folding every alias (a main character of a large corpus has
        // hundreds) only when the name as typed is nobody's
        String key = NameKeys.of(nameOrAlias);
        for (FilmCharacter c : characters()) {
            if (NameKeys.of(c.name()).equals(key) || c.aliases().stream().anyMatch(a -> NameKeys.of(a).equals(key))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * A character's arc, from the cast, the quotes and the scenes only: the arcs pane, shown once those parts are
     * read, need not wait for the whole (nor fail with it when the ending's part is damaged); `filmlens arc` reads
     * those three parts of analysis.json alone.
     */
    public Optional<Arc> arc(String nameOrAlias) {
        return character(nameOrAlias).flatMap(c -> new ArcBuilder().build(c.name(), characters(), allQuotes(),
                scenes()));
    }

    public List<Scene> scenes() {
        return snapshot.part(AnalysisPart.SCENES, Analysis::scenes);
    }

    public List<EndingQuestion> ending() {
        return snapshot.part(AnalysisPart.ENDING, Analysis::ending);
    }

    // ---------------------------------------------------------------- ending edits

    /**
     * Derives ahead what the next edit of the ending derives first (seconds on a large workspace), so that the edit
     * only applies itself: the window asks for it when an edit's dialog opens. Does nothing while the analysis is not
     * in memory (still being read, or let go by an ingest under way): reading it for this alone would cost more.
     */
    public void prepareEndingEdit() {
        Snapshot s = snapshot;
        CompletableFuture<Analysis> result = s.later().result;
        if (!closed && !s.generation().isEmpty() && result.isDone() && !result.isCompletedExceptionally()) {
            pipeline.prepareEnding(s.corpus(), s.generation(), result.join());
        }
    }

    /** Adds a question of the user's own (every source silent until answers are merged in); returns its id. */
    public String addQuestion(String question) throws WorkspaceException {
        return edit(() -> endings.addQuestion(question));
    }

    public void renameQuestion(String id, String question) throws WorkspaceException {
        edit(() -> {
            endings.renameQuestion(id, question);
            return null;
        });
    }

    /** Moves every answer of {@code fromId} under {@code intoId}; {@code fromId} disappears. */
    public void mergeQuestions(String fromId, String intoId) throws WorkspaceException {
        edit(() -> {
            endings.mergeQuestions(fromId, intoId);
            return null;
        });
        try { // the notes on the question merged away are on the one it joined
            annotations.store().repoint(AnnotationTargetType.ENDING_QUESTION, fromId, intoId);
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /** Puts the named questions first, in this order; the others follow as before. */
    public void reorderQuestions(List<String> ids) throws WorkspaceException {
        edit(() -> {
            endings.reorderQuestions(ids);
            return null;
        });
    }

    public void setStance(String questionId, String sourceId, Stance stance) throws WorkspaceException {
        edit(() -> {
            endings.setStance(questionId, sourceId, stance);
            return null;
        });
    }

    /** Puts back the user's ending edits as they were before (how the window undoes an add or a rename). */
    public void restoreEndingEdits(EndingEdits edits) throws WorkspaceException {
        edit(() -> {
            endings.save(edits);
            return null;
        });
    }

    /** Word-level comparison of the answers to one question: the given sources' (all answering ones when none). */
    public List<AnswerComparison> compareAnswers(String questionId, List<String> sourceIds) throws WorkspaceException {
        return endings.compareAnswers(questionId, sourceIds);
    }

    @Override
    public void close() throws WorkspaceException {
        synchronized (editLock) {
            closed = true;
            pipeline.forgetLast(); // the ending kept for edits holds the corpus; an undo step may hold this workspace
            try {
                try {
                    closeIndex();
                } finally {
                    annotations.close();
                }
            } catch (IOException e) {
                throw new WorkspaceException(dir + ": could not close the index (" + e.getMessage() + ")", e);
            }
        }
    }
}
