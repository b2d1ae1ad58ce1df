package org.filmlens.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cleaned sources of one film and their passages, in reading order. Immutable; its passages may be made on first
 * use ({@link #withLaterPassages}), which any thread may trigger.
 */
public final class Corpus {
    private final Film film;
    private final List<Source> sources;
    // lookups only (the lists keep the order): plain hash maps, lighter than linked ones at a million passages
    private final Map<String, Source> sourcesById;
    /** How many passages each source has, for a corpus whose passages are made later; null otherwise. */
    private final Map<String, Integer> counts;
    private final int totalCount;
    private Supplier<List<Passage>> later; // guarded by this; null once the passages are made
    private volatile Passages passages;

    /** The passages and their lookups. */
    private record Passages(List<Passage> all, Map<String, Passage> byId, Map<String, List<Passage>> bySource) {}

    public Corpus(Film film, List<Source> sources, List<Passage> passages) {
        this(film, sources, null, null);
        this.passages = index(this.sources, List.copyOf(passages));
    }

    private Corpus(Film film, List<Source> sources, Map<String, Integer> counts, Supplier<List<Passage>> later) {
        this.film = film;
        this.sources = List.copyOf(sources);
        this.counts = counts;
        this.totalCount = counts == null ? 0 : counts.values().stream().mapToInt(Integer::intValue).sum();
        this.later = later;
        sourcesById = new HashMap<>(capacityFor(this.sources.size()));
        for (Source s : this.sources) {
            sourcesById.put(s.id(), s);
        }
    }

    /**
     * A corpus whose passages are made when something first asks for them (any method but {@link #film},
     * {@link #sources}, {@link #source}, the {@code passageCount}s and {@link #isEmpty}), for a reader that may need the
     * sources alone: at 100 MB the passages and their texts are half the work of reading a corpus. {@code counts}
     * gives each source's number of passages (by id; none: 0), as {@code passages} will make them.
     */
    public static Corpus withLaterPassages(Film film, List<Source> sources, Map<String, Integer> counts,
                                           Supplier<List<Passage>> passages) {
        return new Corpus(film, sources, Map.copyOf(counts), passages);
    }

    private static Passages index(List<Source> sources, List<Passage> passages) {
        Map<String, Passage> byId = new HashMap<>(capacityFor(passages.size()));
        Map<String, List<Passage>> bySource = new HashMap<>(capacityFor(sources.size()));
        for (Source s : sources) {
            bySource.put(s.id(), new ArrayList<>());
        }
        for (Passage p : passages) {
            byId.put(p.id(), p);
            bySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
        }
        bySource.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new Passages(passages, byId, bySource);
    }

    private Passages made() {
        Passages made = passages;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (passages == null) {
                passages = index(sources, List.copyOf(later.get()));
                later = null;
            }
            return passages;
        }
    }

    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    /** The same sources and passages (shared, not copied) as the corpus of {@code other}. */
    public Corpus withFilm(Film other) {
        Corpus c = new Corpus(other, sources, counts, null);
        synchronized (this) {
            c.later = later;
            c.passages = passages;
        }
        return c;
    }

    public static Corpus empty(Film film) {
        return new Corpus(film, List.of(), List.of());
    }

    public Film film() {
        return film;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Passage> passages() {
        return made().all();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public Optional<Passage> passage(String id) {
        return Optional.ofNullable(made().byId().get(id));
    }

    public List<Passage> passagesOf(String sourceId) {
        return made().bySource().getOrDefault(sourceId, List.of());
    }

    /** {@code passagesOf(sourceId).size()}, without making the passages when they are still to be made. */
    public int passageCount(String sourceId) {
        Passages made = passages;
        return made != null || counts == null ? passagesOf(sourceId).size() : counts.getOrDefault(sourceId, 0);
    }

    /** {@code passages().size()}, without making the passages when they are still to be made. */
    public int passageCount() {
        Passages made = passages;
        return made != null || counts == null ? made().all().size() : totalCount;
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
