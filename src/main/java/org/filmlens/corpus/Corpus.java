package org.filmlens.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cleaned sources of one film and their passages, in reading order. Immutable. */
public final class Corpus {
    private final Film film;
    private final List<Source> sources;
    private final List<Passage> passages;
    // lookups only (the lists keep the order): plain hash maps, lighter than linked ones at a million passages
    private final Map<String, Source> sourcesById;
    private final Map<String, Passage> passagesById;
    private final Map<String, List<Passage>> passagesBySource;

    public Corpus(Film film, List<Source> sources, List<Passage> passages) {
        this.film = film;
        this.sources = List.copyOf(sources);
        this.passages = List.copyOf(passages);
        sourcesById = new HashMap<>(capacityFor(this.sources.size()));
        passagesById = new HashMap<>(capacityFor(this.passages.size()));
        passagesBySource = new HashMap<>(capacityFor(this.sources.size()));
        for (Source s : this.sources) {
            sourcesById.put(s.id(), s);
            passagesBySource.put(s.id(), new ArrayList<>());
        }
        for (Passage p : this.passages) {
            passagesById.put(p.id(), p);
            passagesBySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
        }
        passagesBySource.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
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
        return passages;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public Optional<Passage> passage(String id) {
        return Optional.ofNullable(passagesById.get(id));
    }

    public List<Passage> passagesOf(String sourceId) {
        return passagesBySource.getOrDefault(sourceId, List.of());
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
