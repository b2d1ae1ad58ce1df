package org.filmlens.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.SceneOutline;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Film;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * The names of a workspace's files and how each is read and written, in one place, so storage errors become
 * workspace errors the same way everywhere and derived files are always written "quietly".
 */
final class WorkspaceFiles {
    static final String CORPUS_FILE = "corpus.json";
    static final String ANALYSIS_FILE = "analysis.json";
    static final String OUTLINE_FILE = "scenes.json";
    static final String ENDING_EDITS_FILE = "ending-edits.json";
    static final String FILM_FILE = "film.json";
    static final String ENDING_DERIVED_FILE = "ending-derived.json";

    /** An ingest holds the swap lock for two renames; an analysis not saved now is derived again later. */
    private static final Duration ANALYSIS_WAIT = Duration.ofSeconds(5);
    static final String WRITER_LOCK_FILE = "workspace.lock";
    /** The files a workspace keeps beside its annotations (annotations.json and its backups are the store's). */
    static final java.util.Set<String> OWN_FILES = java.util.Set.of(CORPUS_FILE, ANALYSIS_FILE, OUTLINE_FILE,
            ENDING_EDITS_FILE, FILM_FILE, ENDING_DERIVED_FILE);
    /**
     * What a user can do about a corpus.json that cannot be read: an ingest over it would drop every source it held,
     * so none is made until the file is moved.
     */
    static final String DAMAGED_CORPUS_WAY_OUT = "to start the corpus again, move corpus.json out of the workspace and"
            + " ingest the pages again (the annotations are kept)";
    /** Long enough for another window's or command's ingest of a large corpus to end. */
    private static final Duration WRITER_WAIT = Duration.ofMinutes(30);

    private final Path dir;
    /** {@link #noteOwnChange}; null until noted. */
    private volatile Map<String, FileStamp> userFilesSeen;

    WorkspaceFiles(Path dir) {
        this.dir = dir;
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    /**
     * The generation of corpus.json in the current format or format 2 (the same generation, its passages stored
     * another way), read from its start alone; empty for any other file.
     */
    Optional<String> corpusGeneration() {
        return VersionedJson.leadingText(dir.resolve(CORPUS_FILE), StoredCorpus.VERSION, CorpusFile.VERSION,
                "generation");
    }

    /**
     * corpus.json, in any format this build reads; one of an older format is saved again in the current one, which
     * is far quicker to read next time, with its generation (the analysis and the index stay of it).
     */
    CorpusFile readCorpus() throws WorkspaceException {
        Path file = dir.resolve(CORPUS_FILE);
        try {
            FileStamp read = FileStamp.of(file);
            CorpusFile stored = CorpusJson.read(file);
            if (stored.generation() == null || stored.generation().isBlank()) {
                throw new WorkspaceException(file + ": no generation, so it cannot be told which analysis and index"
                        + " are of it (the file was edited or damaged); " + DAMAGED_CORPUS_WAY_OUT);
            }
            if (stored.formatVersion() < CorpusFile.VERSION) {
                CorpusJson.saveAgainQuietly(file, stored, read);
            }
            return stored;
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage() + "; " + DAMAGED_CORPUS_WAY_OUT, e);
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The film's own scene list from scenes.json, or empty (the scene linker then derives a coarse one). */
    List<SceneOutline> outline() throws WorkspaceException {
        Path file = dir.resolve(OUTLINE_FILE);
        return Files.exists(file) ? readOutline(file) : List.of();
    }

    EndingEdits endingEdits() throws WorkspaceException {
        Path file = dir.resolve(ENDING_EDITS_FILE);
        return Files.exists(file) ? read(file, StoredEndingEdits.class, StoredEndingEdits.VERSION).edits()
                : EndingEdits.none();
    }

    void writeEndingEdits(EndingEdits edits) throws WorkspaceException {
        write(dir.resolve(ENDING_EDITS_FILE), new StoredEndingEdits(StoredEndingEdits.VERSION, edits));
    }

    /**
     * Saves an analysis of {@code generation}, unless corpus.json is now of another one: a load that outlived its
     * workspace (closed, the folder opened again) or ran beside another process's ingest must not put the old
     * corpus's analysis over the new one's, which the next open would then derive again (a minute at 100 MB).
     * Written first; checked and renamed in under the lock an ingest's commit holds (a corpus.json whose generation
     * cannot be read is taken as the same). Derived data only: a failed write is repaired by deriving it again.
     */
    void writeAnalysisQuietly(String generation, Analysis analysis) {
        writeAnalysisQuietly(generation, analysis, null);
    }

    /**
     * As {@link #writeAnalysisQuietly(String, Analysis)}, for an edit's change of {@code before}: when analysis.json
     * is still the file {@code before} was last read from or written to ({@link #noteAnalysisOnDisk}), the parts the
     * change left as they were (the same lists) are copied from it rather than written again. When the write fails,
     * the file left behind is removed.
     */
    void writeAnalysisQuietly(String generation, Analysis analysis, Analysis before) {
        Path file = dir.resolve(ANALYSIS_FILE);
        boolean committed = false;
        try (AtomicFiles.Staged staged = staged(generation, analysis, before);
                FileLocks.Held swapping = swapLock()) {
            noteAnalysisOnDisk(null, null);
            if (corpusIsOf(generation)) {
                staged.commit();
                committed = true;
                noteAnalysisOnDisk(analysis, FileStamp.of(file)); // under the lock every commit of it takes
            }
        } catch (IOException e) {
            if (!committed && before != null) {
                discardAnalysisOf(generation);
            }
        }
    }

    /**
     * Removes analysis.json after an edit's change could not be saved, while corpus.json is still of the edit's
     * generation (under the swap lock, as a save): the change is already in ending-edits.json or scenes.json, which
     * the next open would not apply to the older analysis left behind; with none, it derives the analysis again.
     */
    void discardAnalysisOf(String generation) {
        try (FileLocks.Held swapping = swapLock()) {
            if (corpusIsOf(generation)) {
                Files.deleteIfExists(dir.resolve(ANALYSIS_FILE));
            }
        } catch (IOException | RuntimeException e) {
            // nothing more to do: the disk refuses this too
        }
    }

    /** The lock every commit of analysis.json and corpus.json takes (an ingest holds it for its two renames). */
    private FileLocks.Held swapLock() throws IOException {
        return FileLocks.acquire(CorpusJson.swapLock(dir.resolve(CORPUS_FILE)), ANALYSIS_WAIT);
    }

    /**
     * The lock every change of the workspace's own files holds for its whole run (an ingest, an edit of the ending or
     * the scene list), in this process and in others: two at once in one folder would each save over the other's
     * work, or one would commit half of what it made. A second change waits for the first, running
     * {@code whileWaiting} now and then (which may give the wait up by throwing); the annotations have a lock of their
     * own.
     */
    FileLocks.Held writerLock(Runnable whileWaiting) throws WorkspaceException {
        try {
            return FileLocks.acquire(dir.resolve(WRITER_LOCK_FILE), WRITER_WAIT, whileWaiting);
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /**
     * Removes what changes killed on the way left behind: temp files of the workspace's files, which no save will
     * rename in. Only under {@link #writerLock}, and only those last written an hour ago or more, before this
     * process started, or written by a process no longer running (their names say which): an analysis derived
     * again in the background, here or in another window, saves without the lock.
     */
    void deleteLeftovers() {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        Instant before = started.isBefore(hourAgo) ? started : hourAgo;
        for (String name : List.of(CORPUS_FILE, ANALYSIS_FILE, OUTLINE_FILE, ENDING_EDITS_FILE, ENDING_DERIVED_FILE)) {
            try {
                AtomicFiles.deleteStaleTemps(dir.resolve(name), before);
            } catch (IOException e) {
                // left for the next change: they take room, nothing reads them
            }
        }
    }

    /**
     * Whether another process changed the workspace since this one read it or last changed it: corpus.json is no
     * longer of {@code generation} (an ingest), or the scene list or the ending's edits are not the files noted
     * ({@link #noteOwnChange}), which an analysis made here would otherwise undo.
     */
    boolean changedByOthers(String generation) {
        if (!corpusIsOf(generation)) {
            return true;
        }
        Map<String, FileStamp> noted = userFilesSeen;
        return noted != null && !noted.equals(userFileStamps());
    }

    /** Notes the scene list and the ending's edits as this process last read or wrote them. */
    void noteOwnChange() {
        userFilesSeen = userFileStamps();
    }

    private Map<String, FileStamp> userFileStamps() {
        Map<String, FileStamp> stamps = new HashMap<>();
        for (String name : List.of(OUTLINE_FILE, ENDING_EDITS_FILE)) {
            try {
                stamps.put(name, FileStamp.of(dir.resolve(name)));
            } catch (IOException e) {
                stamps.put(name, FileStamp.ABSENT);
            }
        }
        return stamps;
    }

    /** Whether corpus.json is still of {@code generation}; one whose generation cannot be read is taken as so. */
    private boolean corpusIsOf(String generation) {
        return corpusGeneration().map(generation::equals).orElse(true);
    }

    /**
     * The analysis written beside analysis.json, its unchanged parts copied from the file when it can be; written
     * whole when the copy fails (the file cut short or changed in place since it was noted).
     */
    private AtomicFiles.Staged staged(String generation, Analysis analysis, Analysis before) throws IOException {
        Path file = dir.resolve(ANALYSIS_FILE);
        AnalysisJson.Parts same = partsOf(before, generation);
        if (same != null) {
            try (same) {
                return AnalysisJson.stageKeeping(file, generation, analysis, same, keptParts(before, analysis));
            } catch (IOException e) {
                // written whole below
            }
        }
        return AnalysisJson.stage(file, generation, analysis);
    }

    /**
     * Notes that {@code analysis} is what analysis.json holds while it is the file {@code stamp} describes: read
     * from it with the same stamp before and after the read, or written; nothing is noted when either is null.
     */
    synchronized void noteAnalysisOnDisk(Analysis analysis, FileStamp stamp) {
        onDisk = analysis == null || stamp == null ? null : new OnDisk(analysis, stamp);
    }

    /**
     * analysis.json as last read or written by this workspace: the analysis it holds, while it is that file. Held
     * weakly: an ingest lets go of the analysis in memory for its run (the window's live set), and a note of it is
     * of use only while someone holds it to change it.
     */
    private record OnDisk(WeakReference<Analysis> analysis, FileStamp stamp) {
        OnDisk(Analysis analysis, FileStamp stamp) {
            this(new WeakReference<>(analysis), stamp);
        }
    }

    private OnDisk onDisk; // guarded by this

    /**
     * analysis.json opened in parts when it is still the file {@code before} was last read from or written to, of
     * the current format and {@code generation}; null otherwise. The channel is opened before the file is compared
     * with the note, and files are only ever replaced by new ones, so an equal stamp afterwards means the channel
     * reads that file.
     */
    private AnalysisJson.Parts partsOf(Analysis before, String generation) {
        OnDisk noted;
        synchronized (this) {
            noted = onDisk;
        }
        if (before == null || noted == null || noted.analysis().get() != before) {
            return null;
        }
        Path file = dir.resolve(ANALYSIS_FILE);
        Optional<AnalysisJson.Parts> opened = AnalysisJson.Parts.of(file);
        if (opened.isEmpty()) {
            return null;
        }
        AnalysisJson.Parts parts = opened.get();
        boolean same = false;
        try {
            same = FileStamp.of(file).equals(noted.stamp()) && parts.version() == StoredAnalysis.VERSION
                    && parts.generation().equals(generation);
        } catch (IOException e) {
            // not known to be the same file: written whole
        } finally {
            if (!same) {
                parts.close();
            }
        }
        return same ? parts : null;
    }

    /** The parts {@code after} holds as {@code before} did: the very same lists. */
    private static Set<AnalysisPart> keptParts(Analysis before, Analysis after) {
        Set<AnalysisPart> kept = EnumSet.noneOf(AnalysisPart.class);
        for (AnalysisPart part : AnalysisPart.values()) {
            if (part.of(before) == part.of(after)) {
                kept.add(part);
            }
        }
        return kept;
    }

    static List<SceneOutline> readOutline(Path file) throws WorkspaceException {
        return read(file, StoredOutline.class, StoredOutline.VERSION).scenes();
    }

    static void writeOutline(Path file, List<SceneOutline> scenes) throws WorkspaceException {
        write(file, new StoredOutline(StoredOutline.VERSION, List.copyOf(scenes)));
    }

    static <T> T read(Path file, Class<T> type, int version) throws WorkspaceException {
        return read(file, type, version, Map.of());
    }

    static <T> T read(Path file, Class<T> type, int version, Map<Integer, UnaryOperator<ObjectNode>> migrations)
            throws WorkspaceException {
        try {
            return VersionedJson.read(file, type, version, migrations);
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    static void write(Path file, Object value) throws WorkspaceException {
        try {
            VersionedJson.write(file, value);
        } catch (StorageException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /** film.json in {@code folder} (hand-written, so not versioned), or {@code fallback} when there is none. */
    static Film readFilmOr(Path folder, Film fallback) throws WorkspaceException {
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
}
