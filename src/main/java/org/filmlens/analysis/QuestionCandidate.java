package org.filmlens.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A question being assembled from the sources' ending sections and cue words, before passages are assigned. */
final class QuestionCandidate {
    String id;
    final Set<String> aliases = new TreeSet<>();
    String question;
    /** the final scene or the last words: a moment every ending discussion has, not one source's heading */
    final boolean facet;
    /** per source, what it says under this question (unit vectors) */
    private final Map<String, TermVector> said = new LinkedHashMap<>();
    /** per source, the passages that answer it by the source's own structure or cue words */
    final Map<String, Set<String>> own = new LinkedHashMap<>();
    /** sources whose answer is a section of their own, not passages found by cue words */
    final Set<String> sectioned = new HashSet<>();
    /** per source, the heading's words and the section's words, kept apart for merging */
    final Map<String, TermVector> headings = new LinkedHashMap<>();
    final Map<String, TermVector> bodies = new LinkedHashMap<>();
    /** {@link #centroidWithout} per source, until {@link #said} changes */
    private final Map<String, TermVector> centroids = new HashMap<>();

    /** Stands for every source that says nothing under the question; never a source's id. */
    private static final String NO_SOURCE = "\u0000";

    QuestionCandidate(String id, String question, boolean facet) {
        this.id = id;
        this.question = question;
        this.facet = facet;
        aliases.add(id);
    }

    Map<String, TermVector> said() {
        return java.util.Collections.unmodifiableMap(said);
    }

    void say(String sourceId, TermVector v) {
        said.put(sourceId, v);
        centroids.clear();
    }

    /** Moves a section into this facet. Where a source gave the facet a section, that section is its answer. */
    void absorb(QuestionCandidate section) {
        section.said.forEach(this::say);
        section.own.forEach((s, ps) -> {
            Set<String> mine = own.computeIfAbsent(s, k -> new LinkedHashSet<>());
            if (!sectioned.contains(s)) {
                mine.clear(); // the passages elsewhere that merely used a cue word give way to the section
            }
            mine.addAll(ps);
            sectioned.add(s);
        });
        aliases.addAll(section.aliases);
        section.question = null;
    }

    /** Joins another section asking the same question into this one; what this one has stays. */
    void merge(QuestionCandidate c) {
        c.said.forEach((s, v) -> {
            if (!said.containsKey(s)) {
                say(s, v);
            }
        });
        c.headings.forEach(headings::putIfAbsent);
        c.bodies.forEach(bodies::putIfAbsent);
        sectioned.addAll(c.sectioned);
        c.own.forEach((s, ps) -> own.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(ps));
        aliases.addAll(c.aliases);
    }

    /**
     * What the other sources say under this question. For a facet, only the words at least two of them share:
     * the final image is what several pages describe alike, not one page's aside.
     */
    TermVector centroidWithout(String sourceId, TermVectors vectors) {
        if (!said.containsKey(sourceId)) {
            sourceId = NO_SOURCE; // a source that says nothing here leaves out nothing: all such share one centroid
        }
        TermVector done = centroids.get(sourceId);
        if (done != null) {
            return done;
        }
        Map<String, Double> sum = new HashMap<>();
        Map<String, Integer> sharedBy = new HashMap<>();
        int others = 0;
        for (Map.Entry<String, TermVector> e : said.entrySet()) {
            if (e.getKey().equals(sourceId)) {
                continue;
            }
            others++;
            TermVector v = e.getValue();
            for (int i = 0; i < v.size(); i++) {
                sum.merge(v.term(i), v.weight(i), Double::sum);
                sharedBy.merge(v.term(i), 1, Integer::sum);
            }
        }
        if (facet && others >= 2) {
            sum.keySet().removeIf(k -> sharedBy.get(k) < 2);
        }
        TermVector centroid = vectors.freeze(sum);
        centroids.put(sourceId, centroid);
        return centroid;
    }
}
