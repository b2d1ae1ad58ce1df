package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.filmlens.corpus.Progress;

/**
 * Groups quotations into canonical lines. Labelled lines (from quotes pages) are grouped first: identical ones at
 * once, near-duplicates (same speaker, each covering the other) with the longest as representative, and an excerpt
 * folded into the longer line it comes from unless a page lists both as separate lines. Prose quotations then join
 * the best line that contains them; those that match nothing but stand as quotations on their own group among
 * themselves. Candidates come from a {@link ShingleIndex}; every link is verified by {@link Alignment}.
 */
public final class QuoteLinker {
    /** Labelled lines shorter than this ("Yeah.", "Thank you.") are distinct moments: never merged. */
    static final int SHORT = 4;
    private static final double NEAR_DUPLICATE = 0.8;
    private static final double EXCERPT = 0.85;
    private static final int CANDIDATES = 6;

    /**
     * One quotation to link.
     *
     * @param keys       its {@link MatchTokens}
     * @param speaker    canonical speaker, or null when unknown (labelled units always have one)
     * @param place      where it stands (a passage id): two quotations of one paragraph are two lines
     * @param labelled   from a labelled line of a quotes page
     * @param needsMatch a prose quotation that counts only if it matches a line found elsewhere
     */
    public record Unit(List<String> keys, String speaker, String sourceId, String place, boolean labelled,
                       boolean needsMatch) {}

    /**
     * The result: {@code clusterOf[u]} is the line unit {@code u} belongs to, or -1 for a quotation that needed a
     * match and found none; {@code representative[c]} is the unit whose words are line {@code c}'s canonical text.
     */
    public record Linking(int[] clusterOf, int[] representative) {
        public int clusters() {
            return representative.length;
        }
    }

    public Linking link(List<Unit> units, Progress progress) {
        try (Workers workers = new Workers(progress)) {
            return link(units, intern(units), workers, progress);
        }
    }

    /** Links units whose keys are already interned ({@code keys[u]} for unit u; the units' own lists unread). */
    Linking link(List<Unit> units, int[][] keys, Workers workers, Progress progress) {
        int n = units.size();
        State state = new State(n);
        List<int[]> labelledGroups = exactGroups(units, keys, true);
        clusterLabelled(labelledGroups, units, keys, state, progress);
        foldExcerpts(units, state);
        List<int[]> proseGroups = exactGroups(units, keys, false);
        List<int[]> unmatched = linkProse(proseGroups, units, keys, state, workers);
        clusterUnmatchedProse(unmatched, units, keys, state);
        return state.result(n);
    }

    /** Per-thread scratch of the comparisons: the index's hit counters and the alignment's rows. */
    private record Scratch(ShingleIndex.Probe probe, Alignment.Buffers rows) {
        Scratch() {
            this(new ShingleIndex.Probe(), new Alignment.Buffers());
        }
    }

    private static int[][] intern(List<Unit> units) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] out = new int[units.size()][];
        for (int u = 0; u < out.length; u++) {
            List<String> k = units.get(u).keys();
            int[] a = new int[k.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = ids.computeIfAbsent(k.get(i), x -> ids.size());
            }
            out[u] = a;
        }
        return out;
    }

    private record ExactKey(String speaker, IntSeq keys) {}

    private record IntSeq(int[] a) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntSeq s && Arrays.equals(a, s.a);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(a);
        }
    }

    /** Units with the same speaker and the same keys, in first-seen order; short labelled lines stay alone. */
    private static List<int[]> exactGroups(List<Unit> units, int[][] keys, boolean labelled) {
        Map<ExactKey, List<Integer>> groups = new HashMap<>();
        List<List<Integer>> ordered = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (unit.labelled() != labelled || keys[u].length == 0) {
                continue;
            }
            if (labelled && keys[u].length < SHORT) {
                ordered.add(List.of(u));
                continue;
            }
            List<Integer> g = groups.computeIfAbsent(new ExactKey(unit.speaker(), new IntSeq(keys[u])), k -> {
                List<Integer> fresh = new ArrayList<>();
                ordered.add(fresh);
                return fresh;
            });
            g.add(u);
        }
        List<int[]> out = new ArrayList<>(ordered.size());
        for (List<Integer> g : ordered) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private static void clusterLabelled(List<int[]> groups, List<Unit> units, int[][] keys, State state,
                                        Progress progress) {
        List<int[]> byLength = new ArrayList<>(groups);
        // longest first, so a line's representative is its fullest labelled version
        byLength.sort(Comparator.comparingInt((int[] g) -> -keys[g[0]].length).thenComparingInt(g -> g[0]));
        int done = 0;
        for (int[] group : byLength) {
            if (++done % 4096 == 0) {
                progress.checkCancelled();
            }
            int first = group[0];
            int[] k = keys[first];
            String speaker = units.get(first).speaker();
            int nearest = -1;
            int container = -1;
            if (k.length >= SHORT) {
                double bestNear = 0;
                double bestContain = 0;
                for (int c : state.index.candidates(k, CANDIDATES, state.scratch.probe())) {
                    int rep = state.representative.get(c);
                    if (keys[rep].length < SHORT || !Objects.equals(units.get(rep).speaker(), speaker)) {
                        continue;
                    }
                    Alignment.Result r = Alignment.align(k, keys[rep], state.scratch.rows());
                    double mutual = Math.min(r.fragmentCoverage(), r.lineCoverage());
                    if (mutual >= NEAR_DUPLICATE && mutual > bestNear) {
                        bestNear = mutual;
                        nearest = c;
                    } else if (k.length > SHORT && r.fragmentCoverage() >= EXCERPT
                            && r.fragmentCoverage() > bestContain) {
                        bestContain = r.fragmentCoverage();
                        container = c;
                    }
                }
            }
            int cluster = nearest >= 0 ? nearest : state.newCluster(first, k);
            if (nearest < 0 && container >= 0) {
                state.containerOf.put(cluster, container);
            }
            for (int u : group) {
                state.clusterOf[u] = cluster;
            }
        }
    }

    /** An excerpt joins its longer line unless some page lists the two as separate lines. */
    private static void foldExcerpts(List<Unit> units, State state) {
        Map<Integer, Set<String>> sources = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).labelled() && state.clusterOf[u] >= 0) {
                sources.computeIfAbsent(state.clusterOf[u], c -> new HashSet<>()).add(units.get(u).sourceId());
            }
        }
        for (Map.Entry<Integer, Integer> e : state.containerOf.entrySet()) {
            int excerpt = e.getKey();
            int whole = state.find(e.getValue());
            Set<String> a = sources.getOrDefault(excerpt, Set.of());
            Set<String> b = sources.getOrDefault(whole, Set.of());
            if (a.stream().noneMatch(b::contains)) {
                state.parent[excerpt] = whole;
                b = new HashSet<>(b);
                b.addAll(a);
                sources.put(whole, b);
            }
        }
    }

    /**
     * Links each distinct prose quotation to its best line; returns the groups that matched none. The lines are all
     * known by now and nothing here changes them, so the groups are matched on all cores, then applied in order.
     */
    private static List<int[]> linkProse(List<int[]> groups, List<Unit> units, int[][] keys, State state,
                                         Workers workers) {
        int[] roots = state.roots();
        List<Integer> bests = workers.map(groups.size(), Scratch::new, (scratch, g) -> {
            int first = groups.get(g)[0];
            return bestContainer(keys[first], units.get(first).speaker(), units, keys, state, roots, scratch);
        });
        List<int[]> unmatched = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int best = bests.get(g);
            if (best >= 0) {
                for (int u : groups.get(g)) {
                    state.clusterOf[u] = roots[best];
                }
            } else {
                unmatched.add(groups.get(g));
            }
        }
        return unmatched;
    }

    /**
     * The line that best contains the fragment, preferring the shortest such line; -1 when none verifies.
     * {@code roots[c]} is the line that line c has been folded into.
     */
    private static int bestContainer(int[] k, String speaker, List<Unit> units, int[][] keys, State state,
                                     int[] roots, Scratch scratch) {
        int best = -1;
        double bestCoverage = 0;
        int bestLength = Integer.MAX_VALUE;
        for (int c : state.index.candidates(k, CANDIDATES, scratch.probe())) {
            int rep = state.representative.get(c);
            String lineSpeaker = units.get(state.representative.get(roots == null ? c : roots[c])).speaker();
            if (speaker != null && lineSpeaker != null && !speaker.equals(lineSpeaker)) {
                continue; // the same words said by someone else are another line
            }
            Alignment.Result r = Alignment.align(k, keys[rep], scratch.rows());
            if (!contains(r)) {
                continue;
            }
            double coverage = r.fragmentCoverage();
            if (coverage > bestCoverage || (coverage == bestCoverage && keys[rep].length < bestLength)) {
                best = c;
                bestCoverage = coverage;
                bestLength = keys[rep].length;
            }
        }
        return best;
    }

    /** Short fragments must match word for word and be most of their line; longer ones may differ a little. */
    static boolean contains(Alignment.Result r) {
        int len = r.fragmentLength();
        if (len <= SHORT) {
            return r.fragmentCoverage() == 1.0 && r.lineCoverage() >= 0.5;
        }
        return r.fragmentCoverage() >= (len < 8 ? 0.8 : 0.75);
    }

    /** Prose quotations found on no quotes page still form lines: longest first, fragments joining them. */
    private static void clusterUnmatchedProse(List<int[]> groups, List<Unit> units, int[][] keys, State state) {
        List<int[]> standing = new ArrayList<>();
        for (int[] g : groups) {
            int[] kept = Arrays.stream(g).filter(u -> !units.get(u).needsMatch()).toArray();
            if (kept.length > 0) {
                standing.add(kept);
            }
        }
        standing.sort(Comparator.comparingInt((int[] g) -> -keys[g[0]].length).thenComparingInt(g -> g[0]));
        State prose = new State(0);
        List<Set<String>> placesOf = new ArrayList<>();
        for (int[] group : standing) {
            int first = group[0];
            // no line of these is ever folded into another: each is its own root
            int local = bestContainer(keys[first], units.get(first).speaker(), units, keys, prose, null,
                    prose.scratch);
            if (local >= 0 && sharesPlace(group, placesOf.get(local), units)) {
                local = -1; // quoted side by side in one paragraph, so not the same line
            }
            int cluster;
            if (local >= 0) {
                cluster = prose.globalOf.get(local);
            } else {
                cluster = state.newCluster(first, null);
                prose.globalOf.add(cluster);
                local = prose.newCluster(first, keys[first]);
                placesOf.add(new HashSet<>());
            }
            for (int u : group) {
                placesOf.get(local).add(units.get(u).place());
            }
            for (int u : group) {
                state.clusterOf[u] = cluster;
            }
        }
    }

    private static boolean sharesPlace(int[] group, Set<String> places, List<Unit> units) {
        for (int u : group) {
            if (places.contains(units.get(u).place())) {
                return true;
            }
        }
        return false;
    }

    /** Clusters so far: representatives, the index over them, and the excerpt folding (a union-find). */
    private static final class State {
        final ShingleIndex index = new ShingleIndex();
        final Scratch scratch = new Scratch();
        final int[] clusterOf;
        final List<Integer> representative = new ArrayList<>();
        final List<Integer> globalOf = new ArrayList<>();
        final Map<Integer, Integer> containerOf = new HashMap<>();
        int[] parent = new int[16];

        State(int units) {
            clusterOf = new int[units];
            Arrays.fill(clusterOf, -1);
        }

        int newCluster(int unit, int[] keys) {
            int id = representative.size();
            representative.add(unit);
            if (id >= parent.length) {
                parent = Arrays.copyOf(parent, parent.length * 2);
            }
            parent[id] = id;
            if (keys != null) {
                index.add(id, keys);
            }
            return id;
        }

        /** Every line's root, for readers on several threads (find compresses paths, so it writes). */
        int[] roots() {
            int[] out = new int[representative.size()];
            for (int c = 0; c < out.length; c++) {
                out[c] = find(c);
            }
            return out;
        }

        int find(int c) {
            int root = c;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[c] != root) {
                int next = parent[c];
                parent[c] = root;
                c = next;
            }
            return root;
        }

        /** Renumbers the surviving clusters densely, in order of their first unit. */
        Linking result(int n) {
            int[] dense = new int[representative.size()];
            Arrays.fill(dense, -1);
            List<Integer> reps = new ArrayList<>();
            int[] out = new int[n];
            for (int u = 0; u < n; u++) {
                if (clusterOf[u] < 0) {
                    out[u] = -1;
                    continue;
                }
                int root = find(clusterOf[u]);
                if (dense[root] < 0) {
                    dense[root] = reps.size();
                    reps.add(representative.get(root));
                }
                out[u] = dense[root];
            }
            return new Linking(out, reps.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
