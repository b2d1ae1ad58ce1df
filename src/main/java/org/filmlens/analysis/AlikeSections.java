package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the section candidates of different sources that ask the same question: the same wording, or section
 * texts alike enough. Most alike first; a question never gathers two sections of one source, since the source's
 * own structure says they are different questions.
 *
 * <p>Two sections that share no word are not alike at all, so only the pairs an index from word to sections brings
 * together are compared, not every section with every other.
 */
final class AlikeSections {
    record Pair(int a, int b, double sim) {}

    private final int terms;

    /** @param terms how many term ids there are */
    AlikeSections(int terms) {
        this.terms = terms;
    }

    List<QuestionCandidate> merge(List<QuestionCandidate> sections) {
        List<Pair> pairs = alikePairs(sections, terms);
        pairs.sort(Comparator.comparingDouble(Pair::sim).reversed().thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] root = new int[sections.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        List<Set<String>> sourcesOf = new ArrayList<>(root.length);
        for (int i = 0; i < root.length; i++) {
            sourcesOf.add(new HashSet<>(sections.get(i).said().keySet()));
        }
        for (Pair p : pairs) {
            int ra = find(root, p.a());
            int rb = find(root, p.b());
            if (ra == rb || shareAny(sourcesOf.get(ra), sourcesOf.get(rb))) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            root[gone] = keep;
            sourcesOf.get(keep).addAll(sourcesOf.get(gone));
            sourcesOf.set(gone, null); // no longer a root: never asked again
        }
        Map<Integer, QuestionCandidate> merged = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            int r = find(root, i);
            QuestionCandidate c = sections.get(i);
            if (!merged.containsKey(r)) {
                merged.put(r, c);
            } else {
                merged.get(r).merge(c);
            }
        }
        Map<String, String> wordingById = new HashMap<>();
        sections.forEach(c -> wordingById.putIfAbsent(c.id, c.question));
        for (QuestionCandidate c : merged.values()) {
            // the smallest alias names the group, so adding or dropping a source rarely changes its id
            c.id = c.aliases.iterator().next();
            c.question = wordingById.get(c.id);
        }
        return new ArrayList<>(merged.values());
    }

    /**
     * The pairs at least {@link EndingQuestionBuilder#MERGE} alike: the same wording, or alike by {@link
     * SectionVectors#similarity}. Every pair's dot products are first summed term by term through an index from word
     * to sections (one pass over the shared words instead of a lookup per word per pair); only the pairs that come
     * near the threshold are then measured exactly, as they always were.
     */
    static List<Pair> alikePairs(List<QuestionCandidate> sections, int terms) {
        SectionTerms headings = new SectionTerms(sections, c -> c.headings, terms);
        SectionTerms bodies = new SectionTerms(sections, c -> c.bodies, terms);
        Map<String, List<Integer>> sectionsById = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            sectionsById.computeIfAbsent(sections.get(i).id, k -> new ArrayList<>()).add(i);
        }
        List<Pair> pairs = new ArrayList<>();
        boolean[] near = new boolean[sections.size()];
        int[] nearList = new int[sections.size()];
        int nearCount = 0;
        SectionVectors vectors = new SectionVectors(sections, terms);
        double[] headingDot = new double[headings.units()];
        double[] bodyDot = new double[headings.units()];
        int[] touched = new int[headings.units()];
        boolean[] isTouched = new boolean[headings.units()];
        for (int u = 0; u < headings.units(); u++) {
            int i = headings.section(u);
            int count = headings.dotsWithLater(u, headingDot, touched, 0, isTouched);
            count = bodies.dotsWithLater(u, bodyDot, touched, count, isTouched);
            for (int t = 0; t < count; t++) {
                int v = touched[t];
                int j = headings.section(v);
                if (j > i && !near[j] && 0.5 * headings.roughCosine(u, v, headingDot[v])
                        + 0.5 * bodies.roughCosine(u, v, bodyDot[v]) >= EndingQuestionBuilder.MERGE - ROUNDING) {
                    near[j] = true;
                    nearList[nearCount++] = j;
                }
                headingDot[v] = 0;
                bodyDot[v] = 0;
                isTouched[v] = false;
            }
            boolean lastUnitOfSection = u + 1 == headings.units() || headings.section(u + 1) != i;
            if (!lastUnitOfSection) {
                continue;
            }
            QuestionCandidate a = sections.get(i);
            for (int j : sectionsById.get(a.id)) {
                if (j > i && !near[j]) {
                    near[j] = true;
                    nearList[nearCount++] = j;
                }
            }
            Arrays.sort(nearList, 0, nearCount);
            for (int n = 0; n < nearCount; n++) {
                int j = nearList[n];
                near[j] = false;
                QuestionCandidate b = sections.get(j);
                double sim = a.id.equals(b.id) ? 1.0 : vectors.similarity(i, j);
                if (sim >= EndingQuestionBuilder.MERGE) {
                    pairs.add(new Pair(i, j, sim));
                }
            }
            nearCount = 0;
        }
        return pairs;
    }

    /**
     * Far more than summing the same products in another order, or taking the norms' roots apart, can move a
     * likeness.
     */
    private static final double ROUNDING = 1e-9;

    /**
     * Each section's heading and body vectors per source, in the order of its sources, looked up once; one section's
     * spread by term id at a time, since each section is measured against the later ones near it in a row.
     */
    private static final class SectionVectors {
        private final TermVector[][] headings;
        private final TermVector[][] bodies;
        private final int terms;
        private final List<double[]> headingsById = new ArrayList<>();
        private final List<double[]> bodiesById = new ArrayList<>();
        private int spread = -1;

        SectionVectors(List<QuestionCandidate> sections, int terms) {
            this.terms = terms;
            headings = new TermVector[sections.size()][];
            bodies = new TermVector[sections.size()][];
            for (int i = 0; i < sections.size(); i++) {
                QuestionCandidate c = sections.get(i);
                headings[i] = c.said().keySet().stream().map(c.headings::get).toArray(TermVector[]::new);
                bodies[i] = c.said().keySet().stream().map(c.bodies::get).toArray(TermVector[]::new);
            }
        }

        /** How alike two sections are: their headings' words and their texts' words, half and half. */
        double similarity(int a, int b) {
            spread(a);
            double best = 0;
            for (int sa = 0; sa < headings[a].length; sa++) {
                for (int sb = 0; sb < headings[b].length; sb++) {
                    double sim = 0.5 * TermVector.cosine(headings[a][sa], headingsById.get(sa), headings[b][sb])
                            + 0.5 * TermVector.cosine(bodies[a][sa], bodiesById.get(sa), bodies[b][sb]);
                    best = Math.max(best, sim);
                }
            }
            return best;
        }

        private void spread(int a) {
            if (spread == a) {
                return;
            }
            if (spread >= 0) {
                for (int s = 0; s < headings[spread].length; s++) {
                    headings[spread][s].clearFrom(headingsById.get(s));
                    bodies[spread][s].clearFrom(bodiesById.get(s));
                }
            }
            while (headingsById.size() < headings[a].length) {
                headingsById.add(nans(terms));
                bodiesById.add(nans(terms));
            }
            for (int s = 0; s < headings[a].length; s++) {
                headings[a][s].spreadInto(headingsById.get(s));
                bodies[a][s].spreadInto(bodiesById.get(s));
            }
            spread = a;
        }

        private static double[] nans(int n) {
            double[] a = new double[n];
            Arrays.fill(a, Double.NaN);
            return a;
        }
    }

    /** Whether two sets of sources meet, looking up the smaller one's in the larger. */
    private static boolean shareAny(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
