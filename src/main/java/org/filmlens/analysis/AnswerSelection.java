package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Stance;

/**
 * Decides, from how alike each ending passage is to each question, which passages answer which question: the ones
 * the source's own structure or cue words put there, and every passage nearly as alike to a question as to its best
 * match (and as the source's best passage for it). A source that answers a question in a section of its own
 * answers with that section only.
 */
final class AnswerSelection {
    /** A passage at least this alike to what other sources say under a question answers it too. */
    static final double ASSIGN = 0.20;
    /**
     * ... provided it is within this fraction of the passage's best match over all questions, and of the source's
     * best passage for this question (a source answers with its best passages, not with all that touch the topic).
     */
    static final double NEAR_BEST = 0.8;
    /**
     * A passage that names the final scene joins it when it is as alike to the other sources' descriptions as a
     * passage found by likeness alone must be, or when it takes a reading of it; otherwise it names it in passing.
     */
    static final double CUE_FLOOR = ASSIGN;

    private final Corpus corpus;
    private final StanceReader stances;
    private final MainPassageChooser chooser;

    AnswerSelection(Corpus corpus, StanceReader stances, MainPassageChooser chooser) {
        this.corpus = corpus;
        this.stances = stances;
        this.chooser = chooser;
    }

    List<DerivedQuestion> select(List<QuestionCandidate> candidates, List<EndingPassage> found, double[][] sims) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            indexOf.put(found.get(i).passage().id(), i);
        }
        double[] bestOf = new double[found.size()];
        for (int i = 0; i < found.size(); i++) {
            double best = 0;
            for (double s : sims[i]) {
                best = Math.max(best, s);
            }
            bestOf[i] = best;
        }
        FoundBySource sources = new FoundBySource(found);
        Set<String> inPassing = namedInPassing(candidates, found, sims);
        boolean[] passing = new boolean[found.size()];
        inPassing.forEach(id -> passing[indexOf.get(id)] = true);
        AnswerShortlist shortlist = new AnswerShortlist(sims, bestOf, passing, candidates.size());
        Map<String, Integer> corpusOrder = new HashMap<>();
        corpus.sources().forEach(s -> corpusOrder.putIfAbsent(s.id(), corpusOrder.size()));
        List<DerivedQuestion> out = new ArrayList<>();
        for (int q = 0; q < candidates.size(); q++) {
            QuestionCandidate c = candidates.get(q);
            Map<String, Set<String>> bySource = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> own : c.own.entrySet()) {
                for (String id : own.getValue()) {
                    int i = indexOf.get(id);
                    boolean kept = !c.id.equals(EndingQuestionBuilder.FINAL_SCENE_ID)
                            || c.sectioned.contains(own.getKey()) || describesFinalScene(found.get(i), sims[i][q]);
                    if (kept && !passing[i]) {
                        bySource.computeIfAbsent(own.getKey(), k -> new LinkedHashSet<>()).add(id);
                    }
                }
            }
            // the cheap tests first: few passages come near a question at all
            for (int i : shortlist.of(q)) {
                double sim = sims[i][q];
                EndingPassage e = found.get(i);
                if (!c.sectioned.contains(e.sourceId()) && sim >= NEAR_BEST * sources.best(i, sims, q)) {
                    bySource.computeIfAbsent(e.sourceId(), k -> new LinkedHashSet<>()).add(e.passage().id());
                }
            }
            List<String> answering = bySource.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty() && corpusOrder.containsKey(e.getKey()))
                    .map(Map.Entry::getKey).sorted(Comparator.comparingInt(corpusOrder::get)).toList();
            Map<String, List<String>> inOrder = new LinkedHashMap<>();
            int column = q;
            for (String source : answering) {
                inOrder.put(source, chooser.mainFirst(bySource.get(source), c, id -> sims[indexOf.get(id)][column]));
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

    private Set<String> namedInPassing(List<QuestionCandidate> candidates, List<EndingPassage> found, double[][] sims) {
        int facet = -1;
        for (int q = 0; q < candidates.size(); q++) {
            if (candidates.get(q).id.equals(EndingQuestionBuilder.FINAL_SCENE_ID)) {
                facet = q;
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; facet >= 0 && i < found.size(); i++) {
            EndingPassage e = found.get(i);
            if (e.cues().equals(Set.of(EndingCue.FINAL_SCENE)) && !describesFinalScene(e, sims[i][facet])) {
                out.add(e.passage().id());
            }
        }
        return out;
    }
}
