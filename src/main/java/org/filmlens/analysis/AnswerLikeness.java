package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * How alike each ending passage is to what the OTHER sources say under each question: judging a passage against
 * the other sources only is what lets similar passages from different pages meet.
 *
 * <p>For a question from sections, what the others say is every source's words summed minus the passage's own
 * source's. Each question's sum and, per source, its norm without that source are made once. A passage meets the
 * questions its source says nothing under through an index from word to question (one pass over its words for all
 * of them); the few its source does say something under, word by word with its source's words taken out. Every sum
 * is added in the order the plain per-pair computation used, so the figures are the same to the last bit.
 */
final class AnswerLikeness {
    private final TermVectors vectors;

    AnswerLikeness(TermVectors vectors) {
        this.vectors = vectors;
    }

    /** {@code [passage][question]} likeness. */
    double[][] of(List<QuestionCandidate> candidates, List<EndingPassage> found) {
        double[][] sims = new double[found.size()][candidates.size()];
        List<SectionSum> sums = new ArrayList<>();
        Map<String, List<SectionSum>> saidBy = new HashMap<>();
        for (int q = 0; q < candidates.size(); q++) {
            QuestionCandidate c = candidates.get(q);
            if (!c.facet) {
                SectionSum sum = new SectionSum(q, c, vectors.ids());
                sums.add(sum);
                c.said().keySet().forEach(s -> saidBy.computeIfAbsent(s, k -> new ArrayList<>()).add(sum));
            }
        }
        for (EndingPassage e : found) {
            vectors.vector(e.passage().text()); // every word of the passages gets its id before the index is sized
        }
        Rows rows = new Rows(candidates, sums, saidBy, new Postings(sums, vectors.ids().size()));
        for (int i = 0; i < found.size(); i++) {
            rows.fill(sims[i], found.get(i));
        }
        return sims;
    }

    /**
     * One passage's row of likenesses at a time, apart from {@link #of}, whose loop over the passages runs once per
     * ingest. With the row's work written inside that loop, C2 compiled the loop on the spot (OSR) from two of its
     * inner loops, each time with all of this inlined: 4 such compiles in a 100 MB ingest, 7.8 s of compile tasks,
     * the last thrown away as the loop ended. A method called once per passage is compiled as a method.
     */
    private final class Rows {
        private final List<QuestionCandidate> candidates;
        private final Map<String, List<SectionSum>> saidBy;
        private final Postings postings;
        private final SectionSum[] sumOf;
        /** the facets' question numbers, in order */
        private final int[] facets;
        private final double[] dot;
        private final boolean[] saying;
        private final int[] touched;
        private final boolean[] isTouched;

        Rows(List<QuestionCandidate> candidates, List<SectionSum> sums, Map<String, List<SectionSum>> saidBy,
             Postings postings) {
            this.candidates = candidates;
            this.saidBy = saidBy;
            this.postings = postings;
            sumOf = new SectionSum[candidates.size()];
            sums.forEach(sum -> sumOf[sum.q] = sum);
            facets = java.util.stream.IntStream.range(0, candidates.size())
                    .filter(q -> candidates.get(q).facet).toArray();
            dot = new double[candidates.size()];
            saying = new boolean[candidates.size()];
            touched = new int[candidates.size()];
            isTouched = new boolean[candidates.size()];
        }

        /** The passage's likeness to every question, into {@code sims}. */
        void fill(double[] sims, EndingPassage e) {
            TermVector v = vectors.vector(e.passage().text());
            List<SectionSum> own = saidBy.getOrDefault(e.sourceId(), List.of());
            own.forEach(sum -> saying[sum.q] = true);
            // a question the passage shares no word with stays at 0, which is what its cosine of a 0 dot gives
            int count = postings.addDots(v, dot, saying, touched, isTouched);
            for (int t = 0; t < count; t++) {
                int q = touched[t];
                sims[q] = sumOf[q].cosine(dot[q], v.normSquared());
                dot[q] = 0;
                isTouched[q] = false;
            }
            for (SectionSum sum : own) {
                sims[sum.q] = sum.cosineWithout(sum.dotWithout(v, e.sourceId()), v.normSquared(), e.sourceId());
                saying[sum.q] = false;
            }
            if (facets.length > 0) {
                fillFacets(sims, e, v);
            }
        }

        private void fillFacets(double[] sims, EndingPassage e, TermVector v) {
            List<TermVector> sentences = null;
            for (int q : facets) {
                TermVector centroid = candidates.get(q).centroidWithout(e.sourceId(), vectors);
                if (!centroid.isEmpty() && sentences == null) {
                    sentences = sentenceVectors(e.passage().text());
                }
                sims[q] = centroid.isEmpty() ? 0 : bestWindow(v, sentences, centroid);
            }
        }
    }

    /**
     * The vectors of a passage's sentences, made once for all facets; none for a passage of one sentence, whose
     * vector is the passage's own (the same words) and so cannot beat it.
     */
    private List<TermVector> sentenceVectors(String text) {
        List<String> split = SentenceSplitter.split(text);
        if (split.size() < 2) {
            return List.of();
        }
        List<TermVector> out = new ArrayList<>(split.size());
        split.forEach(sentence -> out.add(vectors.vectorNotKept(sentence)));
        return out;
    }

    /**
     * A facet is one moment of the film, which a long paragraph may touch in one sentence only: the best match of
     * any of its sentences counts, not the whole paragraph's.
     */
    private static double bestWindow(TermVector whole, List<TermVector> sentences, TermVector centroid) {
        double best = TermVector.cosine(whole, centroid);
        for (TermVector sentence : sentences) {
            best = Math.max(best, TermVector.cosine(sentence, centroid));
        }
        return best;
    }

    /** Per word, the questions whose sum holds it and its summed weight there. */
    private static final class Postings {
        private final int[][] questions;
        private final double[][] totals;

        Postings(List<SectionSum> sums, int terms) {
            int[] counts = new int[terms];
            for (SectionSum sum : sums) {
                sum.total.forEach((term, id) -> counts[id]++);
            }
            questions = new int[terms][];
            totals = new double[terms][];
            for (int t = 0; t < terms; t++) {
                questions[t] = new int[counts[t]];
                totals[t] = new double[counts[t]];
            }
            int[] filled = new int[terms];
            for (SectionSum sum : sums) {
                sum.total.forEach((term, id) -> {
                    questions[id][filled[id]] = sum.q;
                    totals[id][filled[id]++] = sum.totalOf(term);
                });
            }
        }

        /**
         * Adds the passage's dot product with every question's sum, but for the questions marked as skipped, and
         * lists in {@code touched} the questions it added to.
         *
         * @return how many questions {@code touched} lists
         */
        int addDots(TermVector v, double[] dot, boolean[] skipped, int[] touched, boolean[] isTouched) {
            int count = 0;
            for (int k = 0; k < v.size(); k++) {
                int id = v.id(k);
                if (id >= questions.length) {
                    continue;
                }
                double x = v.weight(k);
                int[] qs = questions[id];
                double[] ts = totals[id];
                for (int p = 0; p < qs.length; p++) {
                    int q = qs[p];
                    if (!skipped[q]) {
                        dot[q] += x * ts[p];
                        if (!isTouched[q]) {
                            isTouched[q] = true;
                            touched[count++] = q;
                        }
                    }
                }
            }
            return count;
        }
    }

    /** Every source's words summed for one question, with its norm left when each source's own words are taken out. */
    private static final class SectionSum {
        final int q;
        private final Map<String, TermVector> said;
        private final Map<String, Double> sum = new HashMap<>();
        private final Map<String, Integer> shared = new HashMap<>();
        /** the summed words with their ids */
        final Map<String, Integer> total = new HashMap<>();
        private final double normSquared;
        private final int keys;
        /** per source that says something: the squared norm and the number of words once its own are taken out */
        private final Map<String, double[]> without = new HashMap<>();
        /** the summed words by id, sorted, with their sums and how many sources say each: looked up by id */
        private final int[] sortedIds;
        private final double[] sortedSums;
        private final int[] sortedShared;

        SectionSum(int q, QuestionCandidate c, TokenNumbers ids) {
            this.q = q;
            this.said = c.said();
            for (TermVector v : said.values()) {
                for (int k = 0; k < v.size(); k++) {
                    sum.merge(v.term(k), v.weight(k), Double::sum);
                    shared.merge(v.term(k), 1, Integer::sum);
                }
            }
            double norm = 0;
            for (double x : sum.values()) {
                norm += x * x;
            }
            this.normSquared = norm;
            this.keys = sum.size();
            sum.keySet().forEach(term -> total.put(term, ids.number(term)));
            said.forEach((s, own) -> {
                double n = normSquared;
                int left = keys;
                for (int k = 0; k < own.size(); k++) {
                    double t = sum.get(own.term(k));
                    n -= t * t;
                    if (shared.get(own.term(k)) > 1) {
                        double rest = t - own.weight(k);
                        n += rest * rest;
                    } else {
                        left--;
                    }
                }
                without.put(s, new double[] {n, left});
            });
            sortedIds = total.values().stream().mapToInt(Integer::intValue).sorted().toArray();
            sortedSums = new double[sortedIds.length];
            sortedShared = new int[sortedIds.length];
            total.forEach((term, id) -> {
                int at = Arrays.binarySearch(sortedIds, id);
                sortedSums[at] = sum.get(term);
                sortedShared[at] = shared.get(term);
            });
        }

        double totalOf(String term) {
            return sum.get(term);
        }

        /** The dot product of a passage with this sum less its own source's words. */
        double dotWithout(TermVector v, String sourceId) {
            TermVector own = said.get(sourceId);
            double dot = 0;
            for (int k = 0; k < v.size(); k++) {
                int at = Arrays.binarySearch(sortedIds, v.id(k));
                if (at < 0) {
                    continue;
                }
                double t = sortedSums[at];
                double o = own.weightOf(v.id(k));
                if (Double.isNaN(o)) {
                    dot += v.weight(k) * t;
                } else if (sortedShared[at] > 1) {
                    dot += v.weight(k) * (t - o);
                }
            }
            return dot;
        }

        /** The cosine of a passage of a source that says something under this question, with that taken out. */
        double cosineWithout(double dot, double vectorNormSquared, String sourceId) {
            double[] w = without.get(sourceId);
            return cosine(dot, vectorNormSquared, w[0], (int) w[1]);
        }

        /** The cosine of a passage of a source that says nothing under this question. */
        double cosine(double dot, double vectorNormSquared) {
            return cosine(dot, vectorNormSquared, normSquared, keys);
        }

        private static double cosine(double dot, double vectorNormSquared, double norm, int left) {
            if (left == 0) {
                return 0;
            }
            return vectorNormSquared <= 0 || norm <= 0 ? 0 : dot / Math.sqrt(vectorNormSquared * norm);
        }
    }
}
