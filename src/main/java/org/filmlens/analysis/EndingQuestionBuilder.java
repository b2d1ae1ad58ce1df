package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Stance;

/**
 * Groups the ending passages of all sources into the questions they answer.
 *
 * <p>Candidate questions come from the sources' own ending headings (and Q&amp;A threads' titles) and from two cue
 * facets every ending discussion has: the final scene and the last words. Headings of different sources that cover
 * the same ground (TF-IDF cosine of heading plus section text) become one question. Then every ending passage answers
 * each question whose text, as written by the OTHER sources, it resembles nearly as well as its best match: judging
 * a passage against the other sources only is what lets similar passages from different pages meet. A source that
 * answers a question in a section of its own answers with that section only.
 */
final class EndingQuestionBuilder {
    /** Two sections of different sources at least this alike ask the same question. */
    static final double MERGE = 0.30;
    /** A passage at least this alike to what other sources say under a question answers it too. */
    static final double ASSIGN = 0.20;
    /**
     * ... provided it is within this fraction of the passage's best match over all questions, and of the source's
     * best passage for this question (a source answers with its best passages, not with all that touch the topic).
     */
    static final double NEAR_BEST = 0.8;
    static final String FINAL_SCENE_ID = "final-scene";
    static final String LAST_WORDS_ID = "last-words";
    /** Per word of the question found in a passage, added to its likeness when choosing a source's main passage. */
    static final double QUESTION_WORD_BONUS = 0.05;
    /** Added when a passage names the facet (final scene, last words) in its own words. */
    static final double FACET_CUE_BONUS = 0.1;
    /** Added when the source's structure or cue words, not likeness alone, put the passage under the question. */
    static final double OWN_BONUS = 0.1;
    /**
     * A passage that names the final scene joins it when it is as alike to the other sources' descriptions as a
     * passage found by likeness alone must be, or when it takes a reading of it; otherwise it names it in passing.
     */
    static final double CUE_FLOOR = ASSIGN;
    /** Stems of how questions are framed rather than of what they ask about. */
    private static final Set<String> QUESTION_FRAME = Set.of("mean", "happen", "say", "make");
    /** Heading words that place a section at the very end of the film ("ending" alone heads whole explainers). */
    private static final Set<String> END_WORDS = Set.of("final", "last", "closing");

    private final Corpus corpus;
    private final TermVectors vectors;
    private final Set<String> titleWords;
    private final QuestionPhrasing phrasing;
    private final StanceReader stances = new StanceReader();

    /** A question being assembled. */
    private static final class Candidate {
        String id;
        final Set<String> aliases = new TreeSet<>();
        String question;
        final boolean facet;
        final int firstOrder;
        /** per source, what it says under this question (unit vectors) */
        final Map<String, Map<String, Double>> said = new LinkedHashMap<>();
        /** per source, the passages that answer it by the source's own structure or cue words */
        final Map<String, Set<String>> own = new LinkedHashMap<>();
        /** sources whose answer is a section of their own, not passages found by cue words */
        final Set<String> sectioned = new java.util.HashSet<>();
        /** per source, the heading's words and the section's words, kept apart for merging */
        final Map<String, Map<String, Double>> headings = new LinkedHashMap<>();
        final Map<String, Map<String, Double>> bodies = new LinkedHashMap<>();

        Candidate(String id, String question, boolean facet, int firstOrder) {
            this.id = id;
            this.question = question;
            this.facet = facet;
            this.firstOrder = firstOrder;
            aliases.add(id);
        }

        /**
         * What the other sources say under this question. For a facet, only the words at least two of them share:
         * the final image is what several pages describe alike, not one page's aside.
         */
        Map<String, Double> centroidWithout(String sourceId) {
            Map<String, Double> sum = new HashMap<>();
            Map<String, Integer> sharedBy = new HashMap<>();
            said.forEach((s, v) -> {
                if (!s.equals(sourceId)) {
                    v.forEach((k, x) -> {
                        sum.merge(k, x, Double::sum);
                        sharedBy.merge(k, 1, Integer::sum);
                    });
                }
            });
            long others = said.keySet().stream().filter(s -> !s.equals(sourceId)).count();
            if (facet && others >= 2) {
                sum.keySet().removeIf(k -> sharedBy.get(k) < 2);
            }
            return sum;
        }

        /** Every source's words summed, with how many sources use each word; made once, when nothing changes. */
        private Map<String, Double> total;
        private Map<String, Integer> totalShared;
        private double totalNormSquared;

        /**
         * The cosine of a vector with {@link #centroidWithout} for a question that is not a facet, computed from the
         * sum over all sources minus the source's own words, in time of the two vectors' sizes rather than of the
         * whole vocabulary times the number of sources. Only for the last step, once {@link #said} is complete.
         */
        double cosineWithout(Map<String, Double> vector, String sourceId) {
            if (total == null) {
                total = new HashMap<>();
                totalShared = new HashMap<>();
                said.values().forEach(v -> v.forEach((k, x) -> {
                    total.merge(k, x, Double::sum);
                    totalShared.merge(k, 1, Integer::sum);
                }));
                total.values().forEach(x -> totalNormSquared += x * x);
            }
            Map<String, Double> own = said.getOrDefault(sourceId, Map.of());
            double normSquared = totalNormSquared;
            int keys = total.size();
            for (Map.Entry<String, Double> e : own.entrySet()) {
                double t = total.get(e.getKey());
                normSquared -= t * t;
                if (totalShared.get(e.getKey()) > 1) {
                    double rest = t - e.getValue();
                    normSquared += rest * rest;
                } else {
                    keys--;
                }
            }
            if (keys == 0) {
                return 0;
            }
            double dot = 0;
            double vectorNormSquared = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                double x = e.getValue();
                vectorNormSquared += x * x;
                Double t = total.get(e.getKey());
                if (t == null) {
                    continue;
                }
                Double o = own.get(e.getKey());
                if (o == null) {
                    dot += x * t;
                } else if (totalShared.get(e.getKey()) > 1) {
                    dot += x * (t - o);
                }
            }
            return vectorNormSquared <= 0 || normSquared <= 0 ? 0 : dot / Math.sqrt(vectorNormSquared * normSquared);
        }
    }

    EndingQuestionBuilder(Corpus corpus, NameCase names) {
        this.corpus = corpus;
        this.titleWords = new java.util.HashSet<>(corpus.film() == null || corpus.film().title() == null
                ? List.of() : ContentWords.tokens(corpus.film().title()));
        this.vectors = new TermVectors(corpus.passages().stream().map(p -> stems(p.text())).toList());
        this.phrasing = new QuestionPhrasing(names);
    }

    private List<String> stems(String text) {
        return ContentWords.stems(text, titleWords);
    }

    private Map<String, Double> vector(String text) {
        return vectors.vector(stems(text));
    }

    List<DerivedQuestion> build(List<EndingPassage> found) {
        Map<String, Map<String, Double>> passageVectors = new HashMap<>();
        found.forEach(e -> passageVectors.put(e.passage().id(), vector(e.passage().text())));
        List<Candidate> candidates = new ArrayList<>();
        Candidate finalScene = facet(FINAL_SCENE_ID, "What does the final scene mean?", found, EndingCue.FINAL_SCENE);
        Candidate lastWords = facet(LAST_WORDS_ID, lastWordsQuestion(found), found, EndingCue.LAST_WORDS);
        List<Candidate> sections = sectionCandidates(found);
        for (Candidate c : sections) {
            Candidate facet = facetFor(c, finalScene, lastWords);
            if (facet != null) {
                absorb(facet, c);
            }
        }
        sections.removeIf(c -> c.question == null);
        candidates.add(finalScene);
        candidates.add(lastWords);
        candidates.addAll(mergeAlike(sections));
        candidates.removeIf(c -> c.said.isEmpty());
        return assign(candidates, found, passageVectors);
    }

    // ------------------------------------------------------------ candidates

    private Candidate facet(String id, String question, List<EndingPassage> found, EndingCue cue) {
        Candidate c = new Candidate(id, question, true, -1);
        Map<String, Map<String, Double>> sums = new LinkedHashMap<>();
        for (EndingPassage e : found) {
            if (!e.cues().contains(cue)) {
                continue;
            }
            String text = cue == EndingCue.FINAL_SCENE ? cueSentences(e.passage().text()) : e.passage().text();
            sums.merge(e.sourceId(), vector(text), (a, b) -> TermVectors.add(a, b, 1.0));
            c.own.computeIfAbsent(e.sourceId(), k -> new LinkedHashSet<>()).add(e.passage().id());
        }
        sums.forEach((s, v) -> c.said.put(s, TermVectors.normalised(v)));
        return c;
    }

    /** The sentences that name the final scene and the one after each (where the description usually goes on). */
    private static String cueSentences(String text) {
        List<String> sentences = SentenceSplitter.split(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (EndingPassageFinder.FINAL_SCENE.matcher(sentences.get(i).toLowerCase(Locale.ROOT)).find()) {
                sb.append(sentences.get(i)).append(' ');
                if (i + 1 < sentences.size()) {
                    sb.append(sentences.get(i + 1)).append(' ');
                }
            }
        }
        return sb.isEmpty() ? text : sb.toString();
    }

    /** "What does the final letter mean?" when the sources' last words are a letter, and so on. */
    private static String lastWordsQuestion(List<EndingPassage> found) {
        Map<String, Integer> nouns = new LinkedHashMap<>();
        for (String n : List.of("letter", "speech", "monologue", "message", "lines", "words")) {
            nouns.put(n, 0);
        }
        for (EndingPassage e : found) {
            if (e.cues().contains(EndingCue.LAST_WORDS)) {
                for (String t : ContentWords.tokens(e.passage().text())) {
                    nouns.computeIfPresent(t, (k, v) -> v + 1);
                }
            }
        }
        String noun = nouns.entrySet().stream().max(Map.Entry.comparingByValue()).filter(x -> x.getValue() > 0)
                .map(Map.Entry::getKey).orElse("lines");
        return noun.endsWith("s") ? "What do the last " + noun + " mean?" : "What does the final " + noun + " mean?";
    }

    /** One candidate per ending section of each source, and one per Q&amp;A thread (its title is the question). */
    private List<Candidate> sectionCandidates(List<EndingPassage> found) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        Map<String, List<EndingPassage>> members = new LinkedHashMap<>();
        int order = 0;
        for (EndingPassage e : found) {
            String heading = e.heading();
            if (heading == null && e.cues().contains(EndingCue.QA_THREAD)) {
                heading = corpus.source(e.sourceId()).map(s -> s.title()).orElse(null);
            }
            if (heading == null) {
                continue;
            }
            String key = e.sourceId() + "\u0000" + heading;
            if (!byKey.containsKey(key)) {
                String question = phrasing.fromHeading(heading);
                byKey.put(key, new Candidate(QuestionIds.fromQuestion(question, titleWords), question, false,
                        order++));
            }
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<Candidate> out = new ArrayList<>();
        byKey.forEach((key, c) -> {
            String sourceId = key.substring(0, key.indexOf('\u0000'));
            String heading = key.substring(key.indexOf('\u0000') + 1);
            Map<String, Double> body = new HashMap<>();
            for (EndingPassage e : members.get(key)) {
                body = TermVectors.add(body, vector(e.passage().text()), 1.0);
                c.own.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(e.passage().id());
            }
            Map<String, Double> said = TermVectors.add(vector(heading), TermVectors.normalised(body), 1.0);
            c.said.put(sourceId, TermVectors.normalised(said));
            c.headings.put(sourceId, vector(heading));
            c.sectioned.add(sourceId);
            c.bodies.put(sourceId, TermVectors.normalised(body));
            out.add(c);
        });
        return out;
    }

    /**
     * The facet a section is about, if any: its heading names the final scene or the last words outright, or it
     * speaks of the end ("final", "last") and its text is as alike to what the facet's sources say as two sections
     * of one question are.
     */
    private static Candidate facetFor(Candidate section, Candidate finalScene, Candidate lastWords) {
        String heading = section.question.toLowerCase(Locale.ROOT);
        if (EndingPassageFinder.LAST_WORDS.matcher(heading).find()) {
            return lastWords;
        }
        if (EndingPassageFinder.FINAL_SCENE.matcher(heading).find()) {
            return finalScene;
        }
        if (!ContentWords.tokens(heading).stream().anyMatch(END_WORDS::contains)) {
            return null;
        }
        Candidate best = null;
        double bestSim = MERGE;
        for (Candidate facet : List.of(finalScene, lastWords)) {
            for (Map.Entry<String, Map<String, Double>> e : section.said.entrySet()) {
                double sim = TermVectors.cosine(e.getValue(), facet.centroidWithout(e.getKey()));
                if (sim >= bestSim) {
                    best = facet;
                    bestSim = sim;
                }
            }
        }
        return best;
    }

    /**
     * Moves a section into a facet. Where a source gave the facet its own section, that section is its answer: the
     * passages elsewhere that merely used a cue word give way to it.
     */
    private static void absorb(Candidate into, Candidate from) {
        from.said.forEach(into.said::put);
        from.own.forEach((s, ps) -> {
            Set<String> own = into.own.computeIfAbsent(s, k -> new LinkedHashSet<>());
            if (!into.sectioned.contains(s)) {
                own.clear();
            }
            own.addAll(ps);
            into.sectioned.add(s);
        });
        into.aliases.addAll(from.aliases);
        from.question = null;
    }

    /**
     * Joins the section candidates of different sources that ask the same question: the same wording, or section
     * texts alike enough. Most alike first; a question never gathers two sections of one source, since the source's
     * own structure says they are different questions.
     */
    private List<Candidate> mergeAlike(List<Candidate> sections) {
        record Pair(int a, int b, double sim) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                Candidate a = sections.get(i);
                Candidate b = sections.get(j);
                double sim = a.id.equals(b.id) ? 1.0 : similarity(a, b);
                if (sim >= MERGE) {
                    pairs.add(new Pair(i, j, sim));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::sim).reversed().thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] root = new int[sections.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        Map<Integer, Set<String>> sourcesOf = new HashMap<>();
        for (int i = 0; i < root.length; i++) {
            sourcesOf.put(i, new java.util.HashSet<>(sections.get(i).said.keySet()));
        }
        for (Pair p : pairs) {
            int ra = find(root, p.a());
            int rb = find(root, p.b());
            if (ra == rb || sourcesOf.get(ra).stream().anyMatch(sourcesOf.get(rb)::contains)) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            root[gone] = keep;
            sourcesOf.get(keep).addAll(sourcesOf.get(gone));
        }
        Map<Integer, Candidate> merged = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            int r = find(root, i);
            Candidate c = sections.get(i);
            if (!merged.containsKey(r)) {
                merged.put(r, c);
            } else {
                Candidate into = merged.get(r);
                c.said.forEach(into.said::putIfAbsent);
                c.headings.forEach(into.headings::putIfAbsent);
                c.bodies.forEach(into.bodies::putIfAbsent);
                into.sectioned.addAll(c.sectioned);
                c.own.forEach((s, ps) -> into.own.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(ps));
                into.aliases.addAll(c.aliases);
            }
        }
        Map<String, String> wordingById = new HashMap<>();
        sections.forEach(c -> wordingById.putIfAbsent(c.id, c.question));
        for (Candidate c : merged.values()) {
            // the smallest alias names the group, so adding or dropping a source rarely changes its id
            c.id = c.aliases.iterator().next();
            c.question = wordingById.get(c.id);
        }
        return new ArrayList<>(merged.values());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** How alike two sections are: their headings' words and their texts' words, half and half. */
    private static double similarity(Candidate a, Candidate b) {
        double best = 0;
        for (String sa : a.said.keySet()) {
            for (String sb : b.said.keySet()) {
                double sim = 0.5 * TermVectors.cosine(a.headings.get(sa), b.headings.get(sb))
                        + 0.5 * TermVectors.cosine(a.bodies.get(sa), b.bodies.get(sb));
                best = Math.max(best, sim);
            }
        }
        return best;
    }

    // ------------------------------------------------------------ answers

    /**
     * A facet is one moment of the film, which a long paragraph may touch in one sentence only: the best match of
     * any of its sentences counts, not the whole paragraph's.
     */
    private double bestWindow(String text, Map<String, Double> centroid) {
        double best = TermVectors.cosine(vector(text), centroid);
        for (String sentence : SentenceSplitter.split(text)) {
            best = Math.max(best, TermVectors.cosine(vector(sentence), centroid));
        }
        return best;
    }

    private List<DerivedQuestion> assign(List<Candidate> candidates, List<EndingPassage> found,
                                         Map<String, Map<String, Double>> passageVectors) {
        Map<String, Map<String, Double>> centroids = new HashMap<>(); // question index + source -> centroid
        double[][] sims = new double[found.size()][candidates.size()];
        for (int i = 0; i < found.size(); i++) {
            EndingPassage e = found.get(i);
            for (int q = 0; q < candidates.size(); q++) {
                Candidate c = candidates.get(q);
                if (!c.facet) {
                    sims[i][q] = c.cosineWithout(passageVectors.get(e.passage().id()), e.sourceId());
                    continue;
                }
                Map<String, Double> centroid = centroids.computeIfAbsent(q + "\u0000" + e.sourceId(),
                        k -> c.centroidWithout(e.sourceId()));
                sims[i][q] = centroid.isEmpty() ? 0 : bestWindow(e.passage().text(), centroid);
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            indexOf.put(found.get(i).passage().id(), i);
        }
        Set<String> inPassing = namedInPassing(candidates, found, sims);
        List<DerivedQuestion> out = new ArrayList<>();
        for (int q = 0; q < candidates.size(); q++) {
            Candidate c = candidates.get(q);
            Map<String, Set<String>> bySource = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> own : c.own.entrySet()) {
                for (String id : own.getValue()) {
                    boolean kept = !c.id.equals(FINAL_SCENE_ID) || c.sectioned.contains(own.getKey())
                            || describesFinalScene(found.get(indexOf.get(id)), sims[indexOf.get(id)][q]);
                    if (kept && !inPassing.contains(id)) {
                        bySource.computeIfAbsent(own.getKey(), k -> new LinkedHashSet<>()).add(id);
                    }
                }
            }
            Map<String, Double> sourceBest = new HashMap<>();
            for (int i = 0; i < found.size(); i++) {
                sourceBest.merge(found.get(i).sourceId(), sims[i][q], Math::max);
            }
            for (int i = 0; i < found.size(); i++) {
                EndingPassage e = found.get(i);
                if (inPassing.contains(e.passage().id())) {
                    continue;
                }
                double best = 0;
                for (double s : sims[i]) {
                    best = Math.max(best, s);
                }
                double sim = sims[i][q];
                if (!c.sectioned.contains(e.sourceId()) && sim >= ASSIGN && sim >= NEAR_BEST * best
                        && sim >= NEAR_BEST * sourceBest.get(e.sourceId())) {
                    bySource.computeIfAbsent(e.sourceId(), k -> new LinkedHashSet<>()).add(e.passage().id());
                }
            }
            Map<String, List<String>> inOrder = new LinkedHashMap<>();
            for (var source : corpus.sources()) {
                Set<String> ps = bySource.get(source.id());
                if (ps != null && !ps.isEmpty()) {
                    inOrder.put(source.id(), mainFirst(ps, c, q, sims, indexOf));
                }
            }
            if (!inOrder.isEmpty()) {
                out.add(new DerivedQuestion(c.id, c.aliases, c.question, inOrder));
            }
        }
        return out;
    }

    /**
     * Passages that name the final scene and nothing else of the ending ("the film never leaves the rock until its
     * last minutes") yet share almost nothing with how the other sources describe that scene and take no reading of
     * it: the words were used in passing, so the passage is not ending talk at all and answers no question.
     */
    private boolean describesFinalScene(EndingPassage e, double likeness) {
        return likeness >= CUE_FLOOR || stances.read(e.passage().text()) != Stance.NEUTRAL;
    }

    private Set<String> namedInPassing(List<Candidate> candidates, List<EndingPassage> found,
                                              double[][] sims) {
        int facet = -1;
        for (int q = 0; q < candidates.size(); q++) {
            if (candidates.get(q).id.equals(FINAL_SCENE_ID)) {
                facet = q;
            }
        }
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; facet >= 0 && i < found.size(); i++) {
            EndingPassage e = found.get(i);
            if (e.cues().equals(Set.of(EndingCue.FINAL_SCENE)) && !describesFinalScene(e, sims[i][facet])) {
                out.add(e.passage().id());
            }
        }
        return out;
    }

    /**
     * A source's answering passages with the one that best answers the question first and the rest in source order.
     * Best: most alike to what the other sources say under the question, helped by the source's own structure or
     * cue words having put it there, by the question's own words (a passage that names what is asked answers it)
     * and, for a facet, by naming the final scene or last words itself. A bare quoted line is what is asked about
     * rather than an answer, so prose comes first; and a question of meaning is answered by a passage that takes a
     * reading, not by one that only retells the scene, so there those come first.
     */
    private List<String> mainFirst(Set<String> ids, Candidate c, int q, double[][] sims, Map<String, Integer> indexOf) {
        List<String> inOrder = ids.stream()
                .sorted(Comparator.comparingInt(id -> corpus.passage(id).map(Passage::ordinal).orElse(0)))
                .toList();
        List<String> asked = stems(c.question);
        boolean meaning = asked.contains("mean");
        Set<String> askedWords = new java.util.HashSet<>(asked);
        askedWords.removeAll(QUESTION_FRAME);
        Set<String> own = c.own.getOrDefault(corpus.passage(inOrder.get(0)).map(Passage::sourceId).orElse(""),
                Set.of());
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestRank = -1;
        for (String id : inOrder) {
            Integer i = indexOf.get(id);
            String text = corpus.passage(id).map(Passage::text).orElse("");
            double score = (i == null ? 0 : sims[i][q]) + (own.contains(id) ? OWN_BONUS : 0) + QUESTION_WORD_BONUS
                    * Math.min(3, new java.util.HashSet<>(stems(text)).stream().filter(askedWords::contains).count());
            if (c.facet && facetCue(c).matcher(text.toLowerCase(Locale.ROOT)).find()) {
                score += FACET_CUE_BONUS;
            }
            boolean substantial = !bareQuotation(id, text);
            boolean reads = meaning && stances.read(text) != Stance.NEUTRAL;
            int rank = (substantial ? 2 : 0) + (reads ? 1 : 0);
            if (rank > bestRank || rank == bestRank && score > bestScore) {
                bestScore = score;
                bestRank = rank;
                best = id;
            }
        }
        List<String> out = new ArrayList<>();
        out.add(best);
        inOrder.stream().filter(id -> !id.equals(out.get(0))).forEach(out::add);
        return out;
    }

    /** A line of dialogue, or a paragraph that is nothing but one quotation. */
    private boolean bareQuotation(String id, String text) {
        String t = text.strip();
        boolean quoted = t.length() > 1 && "“\"".indexOf(t.charAt(0)) >= 0
                && "”\"".indexOf(t.charAt(t.length() - 1)) >= 0
                && t.substring(1, t.length() - 1).chars().noneMatch(ch -> ch == '“' || ch == '”' || ch == '"');
        return quoted || corpus.passage(id).map(p -> p.kind() == PassageKind.DIALOGUE).orElse(false);
    }

    private static java.util.regex.Pattern facetCue(Candidate c) {
        return c.id.equals(LAST_WORDS_ID) ? EndingPassageFinder.LAST_WORDS : EndingPassageFinder.FINAL_SCENE;
    }
}
