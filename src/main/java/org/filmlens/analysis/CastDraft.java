package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cast while {@link CastFinder} assembles it: candidates in first-seen order, found by name or alias through a
 * map rather than a scan of the cast (the cast and the lookups both grow with the corpus).
 */
final class CastDraft {
    /** What is known about one character while the cast is assembled. */
    static final class Candidate {
        final String name;
        /** Position in first-seen order: of two candidates answering to a name, the earlier wins. */
        private final int order;
        private final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Double> actorVotes = new LinkedHashMap<>();
        int lines;
        String actor;

        private Candidate(String name, int order) {
            this.name = name;
            this.order = order;
        }

        Set<String> aliases() {
            return Collections.unmodifiableSet(aliases);
        }

        double votesFor(String a) {
            return actorVotes.getOrDefault(a, 0.0);
        }
    }

    /** The candidates by name, in first-seen order; entries may be removed, not added, through this map. */
    final Map<String, Candidate> byName = new LinkedHashMap<>();
    private final Map<String, List<Candidate>> byAlias = new HashMap<>();
    private int created;

    Candidate add(String name) {
        return byName.computeIfAbsent(name, n -> new Candidate(n, created++));
    }

    Candidate get(String name) {
        return byName.get(name);
    }

    void addAlias(Candidate c, String alias) {
        if (c.aliases.add(alias)) {
            byAlias.computeIfAbsent(alias, k -> new ArrayList<>(1)).add(c);
        }
    }

    /** The first candidate in cast order named {@code name} or having it as an alias; null when there is none. */
    Candidate answeringTo(String name) {
        Candidate first = byName.get(name);
        for (Candidate c : byAlias.getOrDefault(name, List.of())) {
            if (inCast(c) && (first == null || c.order < first.order)) {
                first = c;
            }
        }
        return first;
    }

    /** The first candidate in cast order other than {@code self} with {@code alias} as an alias; null if none. */
    Candidate otherWithAlias(String alias, Candidate self) {
        Candidate first = null;
        for (Candidate c : byAlias.getOrDefault(alias, List.of())) {
            if (c != self && inCast(c) && (first == null || c.order < first.order)) {
                first = c;
            }
        }
        return first;
    }

    /** Whether a candidate of the cast other than {@code owner} has the alias. */
    boolean aliasUsedByOther(String alias, Candidate owner) {
        for (Candidate c : byAlias.getOrDefault(alias, List.of())) {
            if (c != owner && inCast(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds {@code from} into {@code into}: its lines, its name and aliases as aliases, its actor's votes; {@code from}
     * leaves the cast.
     */
    void merge(Candidate from, Candidate into) {
        into.lines += from.lines;
        addAlias(into, from.name);
        from.aliases.forEach(a -> addAlias(into, a));
        from.actorVotes.forEach((a, v) -> into.actorVotes.merge(a, v, Double::sum));
        byName.remove(from.name);
    }

    /** False for a candidate removed from the cast (the alias index keeps it; lookups skip it). */
    private boolean inCast(Candidate c) {
        return byName.get(c.name) == c;
    }
}
