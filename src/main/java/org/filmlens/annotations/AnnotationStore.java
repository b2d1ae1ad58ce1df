package org.filmlens.annotations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Corpus;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.UnsupportedFormatException;
import org.filmlens.storage.VersionedJson;

/**
 * The annotations of one workspace, in {@code annotations.json}. Every operation is one transaction: take the lock
 * file's exclusive lock, read the latest file, apply the change, save atomically (the previous good content becomes
 * {@code annotations.json.bak}), release. So two windows or commands on one workspace never lose each other's work,
 * and a crash at any moment leaves either the old or the new file. A damaged file is set aside, never overwritten,
 * and the backup restored when it is usable; {@link #notices()} tells the user.
 */
public final class AnnotationStore {
    public static final String FILE = "annotations.json";
    static final String BACKUP = FILE + ".bak";
    static final String LOCK = FILE + ".lock";
    static final String DAMAGED_PREFIX = FILE + ".damaged-";
    /** One migration step per older format; none yet, format 1 is the first. */
    private static final Map<Integer, UnaryOperator<ObjectNode>> MIGRATIONS = Map.of();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path backup;
    private final Path lockFile;
    private final Clock clock;
    private final Duration lockTimeout;
    private final List<StoreNotice> notices = new CopyOnWriteArrayList<>();

    private AnnotationStore(Path dir, Clock clock, Duration lockTimeout) {
        Path abs = dir.toAbsolutePath().normalize();
        this.file = abs.resolve(FILE);
        this.backup = abs.resolve(BACKUP);
        this.lockFile = abs.resolve(LOCK);
        this.clock = clock;
        this.lockTimeout = lockTimeout;
    }

    /** Opens the store of a workspace folder, checking (and if need be repairing) its file at once. */
    public static AnnotationStore open(Path workspaceDir) throws StorageException {
        return open(workspaceDir, Clock.systemUTC(), Duration.ofSeconds(30));
    }

    static AnnotationStore open(Path workspaceDir, Clock clock, Duration lockTimeout) throws StorageException {
        AnnotationStore store = new AnnotationStore(workspaceDir, clock, lockTimeout);
        try {
            Files.createDirectories(store.file.getParent());
        } catch (IOException e) {
            throw new StorageException(store.file.getParent(), "cannot create the folder (" + e.getMessage() + ")", e);
        }
        store.list();
        return store;
    }

    public Path file() {
        return file;
    }

    /** What the store repaired on its own since it was opened, oldest first; show these to the user. */
    public List<StoreNotice> notices() {
        return List.copyOf(notices);
    }

    // ---------------------------------------------------------------- reading

    /** All annotations, freshly read (another process may have added some). */
    public List<Annotation> list() throws StorageException {
        return transact(annotations -> List.copyOf(annotations));
    }

    /** The annotations that carry {@code tag} (any case); all of them when {@code tag} is null or blank. */
    public List<Annotation> list(String tag) throws StorageException {
        List<Annotation> all = list();
        return tag == null || tag.isBlank() ? all : all.stream().filter(a -> a.hasTag(tag)).toList();
    }

    public Optional<Annotation> get(String id) throws StorageException {
        return list().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    // ---------------------------------------------------------------- changing

    /** A new annotation (fresh id, created now) that is not saved until {@link #apply applied} as an Add. */
    public Annotation create(AnnotationTarget target, String note, List<String> tags, AnnotationStance stance) {
        String now = now();
        return new Annotation(UUID.randomUUID().toString(), target, note, tags, stance, now, now, false);
    }

    /**
     * Applies {@code edit} to the latest annotations and saves them before returning.
     *
     * @return the edit that undoes it
     */
    public AnnotationEdit apply(AnnotationEdit edit) throws StorageException, AnnotationException {
        String now = now();
        Outcome<AnnotationEdit> out = transactChecked(annotations -> edit.applyTo(annotations, now));
        return out.value();
    }

    public Annotation add(AnnotationTarget target, String note, List<String> tags, AnnotationStance stance)
            throws StorageException, AnnotationException {
        Annotation a = create(target, note, tags, stance);
        apply(new AnnotationEdit.Add(a));
        return a;
    }

    public void delete(String id) throws StorageException, AnnotationException {
        apply(new AnnotationEdit.Delete(id));
    }

    private static boolean sameContent(Annotation a, Annotation b) {
        return a.note().equals(b.note()) && a.tags().equals(b.tags()) && a.stance() == b.stance()
                && a.target().equals(b.target());
    }

    /** What {@link #merge} did: the annotations added, and those replaced by a newer edit of theirs. */
    public record Merged(List<Annotation> added, List<Annotation> updated) {}

    /**
     * Adds the annotations whose ids are not in the store yet, and takes those edited later than the store's own
     * (their {@code modified} is later and they differ: the same note edited in another copy of the workspace), in
     * one save. Others with a known id are left out.
     */
    public Merged merge(List<Annotation> candidates) throws StorageException {
        return merge(candidates, Set.of());
    }

    /** {@link #merge}, where the annotations with these ids carry no time of their own edit: never "later". */
    public Merged merge(List<Annotation> candidates, Set<String> undated) throws StorageException {
        return transact(annotations -> {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < annotations.size(); i++) {
                at.put(annotations.get(i).id(), i);
            }
            List<Annotation> added = new ArrayList<>();
            List<Annotation> updated = new ArrayList<>();
            for (Annotation a : candidates) {
                Integer i = at.get(a.id());
                if (i == null) {
                    at.put(a.id(), annotations.size());
                    annotations.add(a);
                    added.add(a);
                } else if (!undated.contains(a.id())
                        && Instant.parse(a.modified()).isAfter(Instant.parse(annotations.get(i).modified()))
                        && !sameContent(a, annotations.get(i))) {
                    Annotation mine = annotations.get(i);
                    Annotation taken = a.annotatedText() == null && mine.annotatedText() != null
                            && a.target().equals(mine.target()) ? new Annotation(a.id(), a.target(), a.note(),
                            a.tags(), a.stance(), a.created(), a.modified(), a.unplaced(), mine.annotatedText()) : a;
                    annotations.set(i, taken);
                    updated.add(taken);
                }
            }
            return new Merged(added, updated);
        });
    }

    /** Finds every span again in {@code corpus} (after a re-ingest) and saves the moved ones in one transaction. */
    public ReanchorReport reanchor(Corpus corpus) throws StorageException {
        return reanchor(corpus, null);
    }

    /**
     * {@link #reanchor(Corpus)}, and the annotations on quotes, scenes and questions checked against {@code refs}
     * ({@link #checkReferences}) in the same transaction: an ingest reads and saves the file once.
     */
    public ReanchorReport reanchor(Corpus corpus, AnnotationReferences refs) throws StorageException {
        return reanchorWhile(corpus, refs, () -> true).orElseThrow();
    }

    /**
     * {@link #reanchor(Corpus, AnnotationReferences)}, when {@code stillCurrent} holds once the annotation file is
     * locked: the corpus may have been replaced by another process's ingest while this one was on its way here, and
     * spans moved to its predecessor's text would be wrong in the new one. Empty, and nothing written, when not.
     */
    public java.util.Optional<ReanchorReport> reanchorWhile(Corpus corpus, AnnotationReferences refs,
                                                            java.util.function.BooleanSupplier stillCurrent)
            throws StorageException {
        Reanchorer reanchorer = new Reanchorer(corpus);
        return transact(annotations -> {
            if (!stillCurrent.getAsBoolean()) {
                return java.util.Optional.<ReanchorReport>empty();
            }
            List<Annotation> placed = reanchorer.reanchorAll(annotations);
            if (refs != null) {
                placed.replaceAll(a -> checked(a, refs));
            }
            int moved = 0;
            int unplaced = 0;
            int newlyUnplaced = 0;
            for (int i = 0; i < annotations.size(); i++) {
                Annotation before = annotations.get(i);
                Annotation after = placed.get(i);
                if (!after.equals(before)) {
                    annotations.set(i, after);
                    moved += after.unplaced() ? 0 : 1;
                }
                unplaced += after.unplaced() ? 1 : 0;
                newlyUnplaced += after.unplaced() && !before.unplaced() ? 1 : 0;
            }
            int missing = refs == null ? 0
                    : (int) annotations.stream().filter(a -> a.unplaced() && !refs.exists(a.target())).count();
            return java.util.Optional.of(new ReanchorReport(annotations.size(), moved, unplaced, newlyUnplaced,
                    missing));
        });
    }

    /**
     * Annotations on quotes, scenes and ending questions checked against what exists now (after an ingest, a scene
     * list imported, a question merged): one whose quote was reworded follows the quote its span now falls in, and
     * one on a question now named by another of its ids follows it; one whose quote, scene or question is gone is flagged unplaced, never dropped, and placed again should it come
     * back. Saves only when something changed; returns how many are unplaced for want of what they point at.
     */
    public int checkReferences(AnnotationReferences refs) throws StorageException {
        if (list().stream().allMatch(a -> checked(a, refs).equals(a))) {
            return 0; // nearly always: nothing to change, nothing written
        }
        return transact(annotations -> {
            annotations.replaceAll(a -> checked(a, refs));
            return (int) annotations.stream().filter(a -> a.unplaced() && !refs.exists(a.target())).count();
        });
    }

    private static Annotation checked(Annotation a, AnnotationReferences refs) {
        AnnotationTarget t = a.target();
        if (t.refId() == null || t.type() == AnnotationTargetType.QUOTE && a.unplaced() && t.hasSpan()) {
            return a; // a quote's annotation whose span is gone stays unplaced by the span's rule
        }
        if (refs.exists(t)) {
            return a.unplaced() ? a.placedAt(t) : a;
        }
        if (t.type() == AnnotationTargetType.QUOTE && t.hasSpan()) {
            return refs.quoteAt(t.sourceId(), t.start(), t.end()).map(id -> a.placedAt(t.withRefId(id)))
                    .orElseGet(a::asUnplaced);
        }
        if (t.type() == AnnotationTargetType.ENDING_QUESTION) {
            return refs.questionKnownAs(t.refId()).map(id -> a.placedAt(t.withRefId(id))).orElseGet(a::asUnplaced);
        }
        return a.asUnplaced();
    }

    /** Annotations on one quote, scene or question moved to another (a question merged into another). */
    public void repoint(AnnotationTargetType type, String fromId, String toId) throws StorageException {
        transact(annotations -> {
            annotations.replaceAll(a -> a.target().type() == type && fromId.equals(a.target().refId())
                    ? a.placedAt(a.target().withRefId(toId)) : a);
            return null;
        });
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    // ---------------------------------------------------------------- the transaction

    private interface Mutation<R> {
        R apply(List<Annotation> annotations) throws AnnotationException;
    }

    private record Outcome<R>(R value) {}

    private <R> R transact(java.util.function.Function<List<Annotation>, R> mutation) throws StorageException {
        try {
            return transactChecked(mutation::apply).value();
        } catch (AnnotationException e) {
            throw new IllegalStateException("unchecked mutation threw " + e.getMessage(), e);
        }
    }

    /** Lock, read the latest, apply, write when changed, unlock. A failed mutation writes nothing. */
    private <R> Outcome<R> transactChecked(Mutation<R> mutation) throws StorageException, AnnotationException {
        try (FileLocks.Held ignored = FileLocks.acquire(lockFile, lockTimeout)) {
            Loaded latest = loadLatest();
            List<Annotation> working = new ArrayList<>(latest.annotations());
            R result = mutation.apply(working);
            if (!working.equals(latest.annotations())) {
                save(latest, working);
            }
            return new Outcome<>(result);
        } catch (IOException e) {
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException(lockFile, "cannot release the lock (" + e.getMessage() + ")", e);
        }
    }

    /** The current file's annotations and its exact bytes (null when there was no good file). */
    private record Loaded(List<Annotation> annotations, byte[] goodBytes) {}

    private void save(Loaded previous, List<Annotation> annotations) throws StorageException {
        byte[] next = VersionedJson.toBytes(file, new StoredAnnotations(StoredAnnotations.VERSION, annotations));
        if (previous.goodBytes() != null) {
            // The backup is always content that was just read back and parsed, so it is known to be good.
            VersionedJson.writeBytes(backup, previous.goodBytes());
        }
        VersionedJson.writeBytes(file, next);
    }

    /** Reads annotations.json under the lock, repairing it from the backup when it is damaged or missing. */
    private Loaded loadLatest() throws StorageException {
        try {
            AtomicFiles.deleteStaleTemps(file);
            AtomicFiles.deleteStaleTemps(backup);
        } catch (IOException e) {
            // leftovers of a crash are harmless; they are tried again next time
        }
        if (!Files.exists(file)) {
            return restoreMissing();
        }
        byte[] bytes = VersionedJson.readBounded(file);
        try {
            List<Annotation> read = parse(bytes).annotations();
            List<Annotation> distinct = withDistinctIds(read);
            if (distinct != read) {
                return savedWithDistinctIds(new Loaded(read, bytes), distinct);
            }
            return new Loaded(read, bytes);
        } catch (UnsupportedFormatException e) {
            throw e;
        } catch (StorageException damage) {
            Optional<Salvaged> salvaged = salvage(bytes);
            // a file cut short is worth more than the backup only when it holds as many annotations
            boolean better = salvaged.isPresent() && (salvaged.get().whole() || salvaged.get().good().size()
                    >= usableBackup().map(b -> b.annotations().size()).orElse(0));
            return better ? keepSalvaged(salvaged.get()) : recoverFromDamage(damage);
        }
    }

    /** The annotations of a damaged file read one by one: those read, those not, and whether its JSON was whole. */
    private record Salvaged(List<Annotation> good, List<String> bad, boolean whole) {}

    /** The annotations' JSON objects read one by one, and whether the file's JSON ran to its end. */
    private record ReadObjects(List<JsonNode> nodes, boolean whole) {}

    /**
     * A file edited by hand may hold one annotation Filmlens cannot read (a tag list written as a string), and a
     * crash may cut one short: the others are the user's latest work, and a backup one save older would lose the
     * newest of them. Empty when nothing can be read or most annotations cannot; the backup is the better copy then.
     */
    private Optional<Salvaged> salvage(byte[] bytes) {
        ReadObjects read = wholeAnnotations(bytes);
        List<JsonNode> list = read.nodes();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<Annotation> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                if (!list.get(i).isObject()) {
                    throw new IllegalArgumentException("not an annotation (" + list.get(i).getNodeType()
                            .name().toLowerCase(java.util.Locale.ROOT) + ")");
                }
                good.add(VersionedJson.mapper().treeToValue(list.get(i), Annotation.class));
            } catch (IOException | IllegalArgumentException e) {
                String id = list.get(i).path("id").asText("");
                bad.add("annotation " + (i + 1) + (id.isEmpty() ? "" : " (" + id + ")") + ": " + unreadable(e));
            }
        }
        return good.isEmpty() || bad.size() > good.size() ? Optional.empty()
                : Optional.of(new Salvaged(good, bad, read.whole()));
    }

    /**
     * The annotations of the file that are whole JSON objects, read one by one up to where the JSON breaks (a file
     * cut short keeps every annotation before the cut); none when it is not a Filmlens annotations file of this
     * format.
     */
    private static ReadObjects wholeAnnotations(byte[] bytes) {
        List<JsonNode> out = new ArrayList<>();
        // one value at a time: the rest of the array after it is no trailing garbage
        ObjectReader oneValue = VersionedJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = VersionedJson.mapper().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new ReadObjects(List.of(), false);
            }
            boolean versionRead = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("formatVersion")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != StoredAnnotations.VERSION) {
                        return new ReadObjects(List.of(), false);
                    }
                    versionRead = true;
                } else if (field.equals("annotations") && value == JsonToken.START_ARRAY && versionRead) {
                    // every value of the array, objects or not: a null or a number among the annotations is one
                    // unreadable annotation, not the end of the file
                    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        out.add(oneValue.readTree(p));
                    }
                    boolean closed = p.currentToken() == JsonToken.END_ARRAY && p.nextToken() == JsonToken.END_OBJECT
                            && p.nextToken() == null;
                    return new ReadObjects(out, closed);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return new ReadObjects(out, false); // the JSON breaks here: the annotations read before it are whole
        }
        return new ReadObjects(out, false);
    }

    /** Why an annotation could not be read, in the file's terms: its field and what it should hold. */
    private static String unreadable(Exception e) {
        if (e instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
            return "\"" + fieldPath(f) + "\" cannot be \"" + f.getValue() + "\"";
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException && c.getMessage() != null) {
                return c.getMessage(); // the annotation's own words: "annotation modified 'x' is not an ISO-8601 …"
            }
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = fieldPath(m);
            Class<?> type = m.getTargetType();
            String expected = type == null ? "another kind of value"
                    : java.util.Collection.class.isAssignableFrom(type) ? "a list"
                    : type == String.class ? "text" : Number.class.isAssignableFrom(type) || type.isPrimitive()
                    && type != boolean.class ? "a number" : type == boolean.class || type == Boolean.class
                    ? "true or false" : "an object";
            return "\"" + field + "\" should hold " + expected;
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst()
                .orElse("");
    }

    private static String fieldPath(MismatchedInputException m) {
        return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining("."));
    }

    /** The readable annotations kept and saved, the file as it was set aside, and the user told which were not. */
    private Loaded keepSalvaged(Salvaged salvaged) throws StorageException {
        Path aside = setAside(null);
        List<Annotation> distinct = withDistinctIds(salvaged.good());
        save(new Loaded(List.of(), null), distinct);
        String what = salvaged.bad().isEmpty() ? "was cut short or broken after its " + distinct.size()
                + " whole annotation(s)" : "held " + salvaged.bad().size() + " annotation(s) that could not be read ("
                + String.join("; ", salvaged.bad()) + ")" + (salvaged.whole() ? "" : " and was cut short");
        notices.add(new StoreNotice(StoreNotice.Kind.DAMAGED_ENTRIES_SET_ASIDE, FILE + " " + what + "; the "
                + distinct.size() + " whole annotation(s) were kept, and the file as it was is "
                + aside.getFileName(), aside));
        return new Loaded(distinct, VersionedJson.readBounded(file));
    }

    /**
     * Saves the annotations with their new ids at once, so that every later read gives the same ids. When the disk
     * refuses (full, read-only), they are used as they are: the file is good, only its ids repeat.
     */
    private Loaded savedWithDistinctIds(Loaded read, List<Annotation> distinct) throws StorageException {
        try {
            save(read, distinct);
            return new Loaded(distinct, VersionedJson.readBounded(file));
        } catch (StorageException e) {
            return new Loaded(distinct, read.goodBytes());
        }
    }

    /**
     * The annotations with one id each: a file edited by hand or merged from two copies may hold an id twice. Both
     * are kept (neither note is the user's to lose), the later one under a new id.
     */
    private List<Annotation> withDistinctIds(List<Annotation> annotations) {
        Set<String> seen = new HashSet<>();
        List<Annotation> out = null;
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            if (seen.add(a.id())) {
                if (out != null) {
                    out.add(a);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(annotations.subList(0, i));
            }
            Annotation renamed = new Annotation(UUID.randomUUID().toString(), a.target(), a.note(), a.tags(),
                    a.stance(), a.created(), a.modified(), a.unplaced(), a.annotatedText());
            seen.add(renamed.id());
            out.add(renamed);
            notices.add(new StoreNotice(StoreNotice.Kind.DUPLICATE_ID_RENAMED, FILE + " held the id " + a.id()
                    + " twice; the second annotation (\"" + abbreviated(a.note()) + "\") now has the id "
                    + renamed.id(), null));
        }
        return out == null ? annotations : out;
    }

    private static String abbreviated(String note) {
        return note.length() <= 40 ? note : note.substring(0, 39) + "…";
    }

    private StoredAnnotations parse(byte[] bytes) throws StorageException {
        return VersionedJson.parse(file, bytes, StoredAnnotations.class, StoredAnnotations.VERSION, MIGRATIONS);
    }

    private Loaded restoreMissing() throws StorageException {
        Optional<Loaded> good = usableBackup();
        if (good.isEmpty()) {
            return new Loaded(List.of(), null);
        }
        VersionedJson.writeBytes(file, good.get().goodBytes());
        notices.add(new StoreNotice(StoreNotice.Kind.MISSING_RESTORED, file + " was missing; restored "
                + good.get().annotations().size() + " annotations from " + backup.getFileName(), null));
        return good.get();
    }

    private Loaded recoverFromDamage(StorageException damage) throws StorageException {
        Path aside = setAside(damage);
        String why = reason(damage);
        Optional<Loaded> good = usableBackup();
        if (good.isPresent()) {
            VersionedJson.writeBytes(file, good.get().goodBytes());
            notices.add(new StoreNotice(StoreNotice.Kind.RESTORED_FROM_BACKUP, FILE + " was damaged (" + why
                    + "); it was moved to " + aside.getFileName() + " and " + good.get().annotations().size()
                    + " annotations were restored from " + BACKUP + "; changes after that backup are only in the "
                    + "moved file", aside));
            return good.get();
        }
        notices.add(new StoreNotice(StoreNotice.Kind.DAMAGED_WITHOUT_BACKUP, FILE + " was damaged (" + why
                + ") and there is no usable backup; it was moved to " + aside.getFileName()
                + " untouched, and annotations start empty", aside));
        return new Loaded(List.of(), null);
    }

    /** Moves the damaged file aside, under a name of its own; nothing changes when it cannot be moved. */
    private Path setAside(StorageException damage) throws StorageException {
        Path aside = file.resolveSibling(DAMAGED_PREFIX + STAMP.format(Instant.now(clock)));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(DAMAGED_PREFIX + STAMP.format(Instant.now(clock)) + "-" + n);
        }
        try {
            AtomicFiles.moveAside(file, aside);
        } catch (IOException e) {
            throw new StorageException(file, "is damaged (" + (damage == null ? "an annotation cannot be read"
                    : damage.getMessage()) + ") and could not be set aside (" + e.getMessage()
                    + "); nothing was changed", e);
        }
        return aside;
    }

    /** The backup when it exists, is not empty, parses, and holds at least one annotation. */
    private Optional<Loaded> usableBackup() {
        try {
            if (!Files.isRegularFile(backup) || Files.size(backup) == 0) {
                return Optional.empty();
            }
            byte[] bytes = VersionedJson.readBounded(backup);
            List<Annotation> annotations = VersionedJson.parse(backup, bytes, StoredAnnotations.class,
                    StoredAnnotations.VERSION, MIGRATIONS).annotations();
            return annotations.isEmpty() ? Optional.empty() : Optional.of(new Loaded(annotations, bytes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String reason(StorageException e) {
        String msg = e.getMessage();
        String prefix = file + ": ";
        return msg != null && msg.startsWith(prefix) ? msg.substring(prefix.length()) : String.valueOf(msg);
    }
}
