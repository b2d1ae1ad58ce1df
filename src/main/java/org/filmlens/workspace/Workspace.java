package org.filmlens.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.annotations.ReanchorReport;
import org.filmlens.analysis.ArcBuilder;
import org.filmlens.analysis.CoarseOutline;
import org.filmlens.analysis.OutlineCheck;
import org.filmlens.analysis.EndingComparer;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.analysis.SceneOutline;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.Stance;
import org.filmlens.index.AnnotationIndex;
import org.filmlens.index.AnnotationResults;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.QuerySyntaxException;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.filmlens.index.SearchService;
import org.filmlens.ingest.IngestException;
import org.filmlens.ingest.IngestResult;
import org.filmlens.ingest.Ingester;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * One film's folder: its corpus, the analysis derived from it, its Lucene index and the user's own files. The one
 * facade that the window and the command line call. Thread-safe: readers see an immutable snapshot, and ingest
 * swaps in a new one only once everything about it has been written.
 */
public final class Workspace implements AutoCloseable {
    static final String CORPUS_FILE = "corpus.json";
    static final String ANALYSIS_FILE = "analysis.json";
    static final String OUTLINE_FILE = "scenes.json";
    static final String ENDING_EDITS_FILE = "ending-edits.json";
    static final String FILM_FILE = "film.json";
    /** Where the bundled sample lives on the class path. */
    static final String SAMPLE_RESOURCE = "/samples/her-2013/";
    static final String SAMPLE_DUMP = "her-2013-web-pages.txt";

    private final Path dir;
    private final AnalysisPipeline pipeline = new AnalysisPipeline();
    private final Ingester ingester = new Ingester();
    private volatile Snapshot snapshot;
    private SearchService index;
    private AnnotationStore annotations;
    /** Guards the annotation index apart from the workspace, so annotation searches do not wait for an ingest. */
    private final Object annotationIndexLock = new Object();
    private AnnotationIndex annotationIndex;
    /** The annotation file as it was when the annotation index was last filled from it. */
    private FileStamp indexedAnnotations;

    /** What readers see: a corpus and the analysis and index of the same generation. */
    private record Snapshot(String generation, Corpus corpus, Analysis analysis) {}

    private Workspace(Path dir) {
        this.dir = dir;
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
        ws.load();
        return ws;
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

    public Corpus corpus() {
        return snapshot.corpus();
    }

    public Analysis analysis() {
        return snapshot.analysis();
    }

    public Film film() {
        return snapshot.corpus().film();
    }

    public boolean isEmpty() {
        return snapshot.corpus().isEmpty();
    }

    // ---------------------------------------------------------------- loading

    private void load() throws WorkspaceException {
        Path corpusFile = dir.resolve(CORPUS_FILE);
        if (!Files.exists(corpusFile)) {
            snapshot = new Snapshot("", Corpus.empty(readFilmOr(dir, Film.unknown())), Analysis.empty());
            return;
        }
        StoredCorpus stored = read(corpusFile, StoredCorpus.class, StoredCorpus.VERSION);
        Corpus corpus = new Corpus(stored.film(), stored.sources(), stored.passages());
        Analysis analysis = loadAnalysis(stored.generation(), corpus);
        snapshot = new Snapshot(stored.generation(), corpus, analysis);
    }

    /** The stored analysis when it matches the corpus; otherwise (older build, crash mid-ingest) derived again. */
    private Analysis loadAnalysis(String generation, Corpus corpus) throws WorkspaceException {
        Path file = dir.resolve(ANALYSIS_FILE);
        if (Files.exists(file)) {
            try {
                StoredAnalysis stored = VersionedJson.read(file, StoredAnalysis.class, StoredAnalysis.VERSION, Map.of());
                if (generation.equals(stored.generation())) {
                    return stored.analysis();
                }
            } catch (StorageException e) {
                // derived data: fall through and derive it again
            }
        }
        Analysis analysis = pipeline.run(corpus, outline(), endingEdits(), Progress.NONE);
        writeQuietly(file, new StoredAnalysis(StoredAnalysis.VERSION, generation, analysis));
        return analysis;
    }

    private static <T> T read(Path file, Class<T> type, int version) throws WorkspaceException {
        try {
            return VersionedJson.read(file, type, version, Map.of());
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static void writeQuietly(Path file, Object value) {
        try {
            VersionedJson.write(file, value);
        } catch (StorageException e) {
            // derived data only: it is derived again on the next open
        }
    }

    /** The film's scene list from scenes.json, or empty (the scene linker then derives a coarse one). */
    public List<SceneOutline> outline() throws WorkspaceException {
        Path file = dir.resolve(OUTLINE_FILE);
        return Files.exists(file) ? read(file, StoredOutline.class, StoredOutline.VERSION).scenes() : List.of();
    }

    /** The scene list in use: the film's own, or the coarse one derived from cues when it has none. */
    public List<SceneOutline> currentOutline() throws WorkspaceException {
        List<SceneOutline> own = outline();
        return own.isEmpty() ? new CoarseOutline().derive(corpus()) : own;
    }

    /**
     * Replaces the film's scene list (atomically), then links the corpus to it again. Quotes and cast do not depend
     * on scenes and are kept; the corpus and its generation stay, so the index stays valid.
     */
    public synchronized void saveOutline(List<SceneOutline> scenes) throws WorkspaceException {
        String problem = OutlineCheck.problem(scenes);
        if (problem != null) {
            throw new WorkspaceException("scene list: " + problem);
        }
        try {
            VersionedJson.write(dir.resolve(OUTLINE_FILE),
                    new StoredOutline(StoredOutline.VERSION, List.copyOf(scenes)));
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        Snapshot s = snapshot;
        Analysis next = s.corpus().isEmpty() ? s.analysis()
                : pipeline.relink(s.corpus(), s.analysis(), scenes, endingEdits(), Progress.NONE);
        writeQuietly(dir.resolve(ANALYSIS_FILE), new StoredAnalysis(StoredAnalysis.VERSION, s.generation(), next));
        snapshot = new Snapshot(s.generation(), s.corpus(), next);
    }

    /** Writes the scene list in use to a scenes.json file that {@link #importOutline} reads back. */
    public int exportOutline(Path file) throws WorkspaceException {
        List<SceneOutline> scenes = currentOutline();
        try {
            VersionedJson.write(file.toAbsolutePath(), new StoredOutline(StoredOutline.VERSION, scenes));
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        return scenes.size();
    }

    /** Reads a scenes.json file, checks it, and makes it the film's scene list. */
    public int importOutline(Path file) throws WorkspaceException {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new WorkspaceException(abs + ": no such scene list file");
        }
        List<SceneOutline> scenes = read(abs, StoredOutline.class, StoredOutline.VERSION).scenes();
        String problem = OutlineCheck.problem(scenes);
        if (problem != null) {
            throw new WorkspaceException(abs + ": " + problem);
        }
        saveOutline(scenes);
        return scenes.size();
    }

    public EndingEdits endingEdits() throws WorkspaceException {
        Path file = dir.resolve(ENDING_EDITS_FILE);
        return Files.exists(file) ? read(file, StoredEndingEdits.class, StoredEndingEdits.VERSION).edits()
                : EndingEdits.none();
    }

    private static Film readFilmOr(Path folder, Film fallback) throws WorkspaceException {
        Path file = folder.resolve(FILM_FILE);
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        try {
            return VersionedJson.mapper().readValue(file.toFile(), Film.class);
        } catch (IOException e) {
            throw new WorkspaceException(file + ": not a valid film description (" + e.getMessage() + ")", e);
        }
    }

    // ---------------------------------------------------------------- ingest

    /**
     * Ingests files and folders into this workspace. Sources with the same id as existing ones replace them; the
     * rest are added. Everything is built first and swapped in at the end: a failure leaves the workspace as it was.
     */
    public synchronized IngestReport ingest(List<Path> paths, Progress progress) throws WorkspaceException {
        long t0 = System.nanoTime();
        Film film = filmFor(paths);
        progress.report("Reading and cleaning", 0.05);
        IngestResult fresh;
        try {
            fresh = ingester.ingestWithWarnings(film, paths, progress);
        } catch (IngestException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        Corpus merged = merge(snapshot.corpus(), fresh.corpus(), film);
        List<SceneOutline> outline = outline().isEmpty() ? outlineBeside(paths) : outline();
        Analysis analysis = pipeline.run(merged, outline, endingEdits(), progress);
        progress.checkCancelled();
        String generation = UUID.randomUUID().toString();
        progress.report("Indexing", 0.8);
        commit(new Snapshot(generation, merged, analysis));
        keepOutline(outline);
        List<String> warnings = new ArrayList<>(fresh.warnings());
        warnings.addAll(reanchorAnnotations(merged));
        progress.report("Done", 1.0);
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new IngestReport(merged.sources().size(), merged.passages().size(), analysis.quotes().size(),
                analysis.characters().size(), took, warnings);
    }

    /** Ingests the sample that ships inside Filmlens (used on a first start with an empty workspace). */
    public IngestReport ingestSample(Progress progress) throws WorkspaceException {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("filmlens-sample");
            for (String name : List.of(SAMPLE_DUMP, FILM_FILE, OUTLINE_FILE)) {
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
            deleteTree(tmp);
        }
    }

    /** film.json beside the first input (or inside it, for a folder) names the film; else the workspace's own. */
    private Film filmFor(List<Path> paths) throws WorkspaceException {
        Film current = snapshot.corpus().film();
        for (Path p : paths) {
            Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            if (folder != null && Files.isRegularFile(folder.resolve(FILM_FILE))) {
                return readFilmOr(folder, current);
            }
        }
        return current;
    }

    /** A scene list shipped beside the input (as with the bundled sample), or empty. */
    private List<SceneOutline> outlineBeside(List<Path> paths) throws WorkspaceException {
        for (Path p : paths) {
            Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            Path candidate = folder == null ? null : folder.resolve(OUTLINE_FILE);
            if (candidate != null && Files.isRegularFile(candidate)) {
                return read(candidate, StoredOutline.class, StoredOutline.VERSION).scenes();
            }
        }
        return List.of();
    }

    /** Keeps a scene list that came with the input, once the ingest has succeeded, so users can edit it. */
    private void keepOutline(List<SceneOutline> outline) throws WorkspaceException {
        Path target = dir.resolve(OUTLINE_FILE);
        if (outline.isEmpty() || Files.exists(target)) {
            return;
        }
        try {
            VersionedJson.write(target, new StoredOutline(StoredOutline.VERSION, outline));
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static Corpus merge(Corpus old, Corpus fresh, Film film) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        for (Corpus c : List.of(old, fresh)) {
            for (Source s : c.sources()) {
                sources.put(s.id(), s);
                passages.put(s.id(), c.passagesOf(s.id()));
            }
        }
        List<Passage> all = new ArrayList<>();
        passages.values().forEach(all::addAll);
        return new Corpus(film, new ArrayList<>(sources.values()), all);
    }

    /**
     * Writes the new snapshot: index into a fresh folder, then the analysis and corpus files atomically, then swaps
     * the index folder. Each file carries the generation, so a crash between steps is repaired on the next open.
     */
    private void commit(Snapshot next) throws WorkspaceException {
        Path indexDir = dir.resolve(LuceneSearchIndex.FOLDER);
        Path building = dir.resolve(LuceneSearchIndex.FOLDER + ".building");
        Path retired = dir.resolve(LuceneSearchIndex.FOLDER + ".old");
        try {
            deleteTree(building);
            LuceneSearchIndex.build(building, next.corpus(), next.analysis(), next.generation());
            VersionedJson.write(dir.resolve(ANALYSIS_FILE),
                    new StoredAnalysis(StoredAnalysis.VERSION, next.generation(), next.analysis()));
            VersionedJson.write(dir.resolve(CORPUS_FILE), new StoredCorpus(StoredCorpus.VERSION, next.generation(),
                    next.corpus().film(), next.corpus().sources(), next.corpus().passages()));
            closeIndex();
            deleteTree(retired);
            if (Files.exists(indexDir)) {
                Files.move(indexDir, retired);
            }
            Files.move(building, indexDir);
            deleteTree(retired);
        } catch (IOException e) {
            deleteTree(building);
            throw new WorkspaceException(dir + ": could not save the ingested corpus (" + e.getMessage() + ")", e);
        }
        snapshot = next;
    }

    // ---------------------------------------------------------------- annotations

    /** The user's annotations in this folder, opened on first use. */
    public synchronized AnnotationStore annotations() throws WorkspaceException {
        if (annotations == null) {
            try {
                annotations = AnnotationStore.open(dir);
            } catch (StorageException e) {
                throw new WorkspaceException(e.getMessage(), e);
            }
        }
        return annotations;
    }

    /**
     * After an ingest, finds every annotated span again in the new text. The corpus is already saved, so a failure
     * here is reported as a warning rather than undoing the ingest; the annotations file is left untouched.
     */
    private List<String> reanchorAnnotations(Corpus corpus) {
        List<String> warnings = new ArrayList<>();
        try {
            ReanchorReport r = annotations().reanchor(corpus);
            if (r.unplaced() > 0) {
                warnings.add(r.unplaced() + " of " + r.total() + " annotations could not be placed in the new text; "
                        + "they are kept and shown as unplaced");
            }
        } catch (WorkspaceException | StorageException e) {
            warnings.add("annotations were not re-anchored: " + e.getMessage());
        }
        return warnings;
    }

    /**
     * Annotations matching the query (the passage search syntax) in their note, annotated text or tags, best first;
     * with {@code tag}, only those carrying it. Always up to date with the annotation file, whoever changed it.
     */
    public AnnotationResults searchAnnotations(String query, String tag, int limit)
            throws QuerySyntaxException, WorkspaceException {
        AnnotationStore store = annotations();
        synchronized (annotationIndexLock) {
            try {
                return syncedAnnotationIndex(store).search(query, tag, limit);
            } catch (IOException e) {
                throw new WorkspaceException(store.file() + ": annotation search failed (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * Refills the annotation index when the annotation file changed since the last fill: edits through this
     * workspace, another window or a command all show up, and a full refill of a few thousand notes is cheap.
     * The stamp is taken before reading, so a save in between only causes one more refill next time.
     */
    private AnnotationIndex syncedAnnotationIndex(AnnotationStore store) throws IOException, WorkspaceException {
        if (annotationIndex == null) {
            annotationIndex = new AnnotationIndex();
        }
        FileStamp now = FileStamp.of(store.file());
        if (!now.equals(indexedAnnotations)) {
            try {
                annotationIndex.replaceAll(store.list());
            } catch (StorageException e) {
                throw new WorkspaceException(e.getMessage(), e);
            }
            indexedAnnotations = now;
        }
        return annotationIndex;
    }

    // ---------------------------------------------------------------- search

    public SearchResults search(SearchRequest request) throws QuerySyntaxException, WorkspaceException {
        try {
            return index().search(request);
        } catch (IOException e) {
            throw new WorkspaceException(dir.resolve(LuceneSearchIndex.FOLDER) + ": search failed (" + e.getMessage()
                    + ")", e);
        }
    }

    /** The open index, opened or rebuilt from the corpus on first use (the index is a cache of the corpus). */
    private synchronized SearchService index() throws WorkspaceException {
        if (index != null) {
            return index;
        }
        Path indexDir = dir.resolve(LuceneSearchIndex.FOLDER);
        Snapshot s = snapshot;
        try {
            LuceneSearchIndex opened = Files.isDirectory(indexDir) ? tryOpen(indexDir) : null;
            if (opened != null && !opened.generation().equals(s.generation())) {
                opened.close();
                opened = null;
            }
            if (opened == null) {
                deleteTree(indexDir);
                deleteOlderIndexes();
                LuceneSearchIndex.build(indexDir, s.corpus(), s.analysis(), s.generation());
                opened = LuceneSearchIndex.open(indexDir);
            }
            index = opened;
            return index;
        } catch (IOException e) {
            throw new WorkspaceException(indexDir + ": cannot open or rebuild the search index (" + e.getMessage()
                    + ")", e);
        }
    }

    /** Index folders of older schema versions ({@code index-vN}) are caches nothing will read again. */
    private void deleteOlderIndexes() {
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(p -> p.getFileName().toString().matches("index-v\\d+")
                            && !p.getFileName().toString().equals(LuceneSearchIndex.FOLDER))
                    .forEach(Workspace::deleteTree);
        } catch (IOException e) {
            // only disk space is at stake; tried again on the next rebuild
        }
    }

    private static LuceneSearchIndex tryOpen(Path indexDir) {
        try {
            return LuceneSearchIndex.open(indexDir);
        } catch (IOException e) {
            return null; // damaged: rebuilt from the corpus by the caller
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
        String canonical = speaker == null ? null : character(speaker).map(FilmCharacter::name).orElse(speaker);
        return analysis().quotes().stream()
                .filter(q -> canonical == null || canonical.equalsIgnoreCase(q.speaker()))
                .filter(q -> q.sourceIds().size() >= minSources)
                .sorted(Comparator.comparingInt((Quote q) -> -q.sourceIds().size())
                        .thenComparingInt(q -> -q.occurrences().size()))
                .toList();
    }

    public Optional<Quote> quote(String id) {
        return analysis().quotes().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<FilmCharacter> characters() {
        return analysis().characters();
    }

    /** A character by name or alias, case-insensitively. */
    public Optional<FilmCharacter> character(String nameOrAlias) {
        for (FilmCharacter c : characters()) {
            if (c.name().equalsIgnoreCase(nameOrAlias)
                    || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(nameOrAlias))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Arc> arc(String nameOrAlias) {
        return character(nameOrAlias).flatMap(c -> new ArcBuilder().build(c.name(), corpus(), analysis()));
    }

    public List<Scene> scenes() {
        return analysis().scenes();
    }

    public List<EndingQuestion> ending() {
        return analysis().ending();
    }

    // ---------------------------------------------------------------- ending edits

    /** Adds a question of the user's own (every source silent until answers are merged in); returns its id. */
    public synchronized String addQuestion(String question) throws WorkspaceException {
        if (question == null || question.isBlank()) {
            throw new WorkspaceException("a new ending question needs some words");
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        ending().forEach(q -> taken.add(q.id()));
        String id = EndingEdits.newQuestionId(question, taken);
        saveEndingEdits(endingEdits().withAdded(id, question.strip()));
        return id;
    }

    public synchronized void renameQuestion(String id, String question) throws WorkspaceException {
        endingQuestion(id);
        if (question == null || question.isBlank()) {
            throw new WorkspaceException("ending question " + id + ": the new wording is empty");
        }
        saveEndingEdits(endingEdits().withRenamed(id, question.strip()));
    }

    /** Moves every answer of {@code fromId} under {@code intoId}; {@code fromId} disappears. */
    public synchronized void mergeQuestions(String fromId, String intoId) throws WorkspaceException {
        endingQuestion(fromId);
        endingQuestion(intoId);
        if (fromId.equals(intoId)) {
            throw new WorkspaceException("ending question " + fromId + ": cannot merge a question into itself");
        }
        saveEndingEdits(endingEdits().withMerged(fromId, intoId));
    }

    /** Puts the named questions first, in this order; the others follow as before. */
    public synchronized void reorderQuestions(List<String> ids) throws WorkspaceException {
        for (String id : ids) {
            endingQuestion(id);
        }
        saveEndingEdits(endingEdits().withOrder(List.copyOf(ids)));
    }

    public synchronized void setStance(String questionId, String sourceId, Stance stance) throws WorkspaceException {
        EndingQuestion q = endingQuestion(questionId);
        if (q.answers().stream().noneMatch(a -> a.sourceId().equals(sourceId))) {
            throw new WorkspaceException("ending question " + questionId + ": source " + sourceId
                    + " does not answer it, so it has no stance to set");
        }
        saveEndingEdits(endingEdits().withStance(questionId, sourceId, stance));
    }

    /** Word-level comparison of the answers to one question: the given sources' (all answering ones when none). */
    public List<AnswerComparison> compareAnswers(String questionId, List<String> sourceIds) throws WorkspaceException {
        EndingQuestion q = endingQuestion(questionId);
        List<EndingAnswer> answers = new ArrayList<>();
        if (sourceIds.isEmpty()) {
            answers.addAll(q.answers());
        }
        for (String sourceId : sourceIds) {
            answers.add(q.answers().stream().filter(a -> a.sourceId().equals(sourceId)).findFirst()
                    .orElseThrow(() -> new WorkspaceException("ending question " + questionId + ": source "
                            + sourceId + " is silent on it")));
        }
        if (answers.size() < 2) {
            throw new WorkspaceException("ending question " + questionId + ": " + answers.size()
                    + " answer(s), need two or more to compare");
        }
        return new EndingComparer().compare(answers);
    }

    private EndingQuestion endingQuestion(String id) throws WorkspaceException {
        return ending().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new WorkspaceException("no ending question with id '" + id
                        + "' (the ending command lists them)"));
    }

    /** Saves the edits atomically, then maps the ending again with them (the rest of the analysis is unchanged). */
    private void saveEndingEdits(EndingEdits edits) throws WorkspaceException {
        try {
            VersionedJson.write(dir.resolve(ENDING_EDITS_FILE), new StoredEndingEdits(StoredEndingEdits.VERSION, edits));
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        Snapshot s = snapshot;
        Analysis a = s.analysis();
        List<EndingQuestion> ending = new EndingMapper().map(s.corpus(), a.quotes(), a.scenes(), edits);
        Analysis next = new Analysis(a.quotes(), a.characters(), a.scenes(), ending);
        writeQuietly(dir.resolve(ANALYSIS_FILE), new StoredAnalysis(StoredAnalysis.VERSION, s.generation(), next));
        snapshot = new Snapshot(s.generation(), s.corpus(), next);
    }

    @Override
    public void close() throws WorkspaceException {
        try {
            try {
                closeIndex();
            } finally {
                closeAnnotationIndex();
            }
        } catch (IOException e) {
            throw new WorkspaceException(dir + ": could not close the index (" + e.getMessage() + ")", e);
        }
    }

    private void closeAnnotationIndex() throws IOException {
        synchronized (annotationIndexLock) {
            if (annotationIndex != null) {
                annotationIndex.close();
                annotationIndex = null;
                indexedAnnotations = null;
            }
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temp folder is harmless and retried next time
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
