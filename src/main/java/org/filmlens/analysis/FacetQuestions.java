package org.filmlens.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two questions every ending discussion has, the final scene and the last words, gathered from the passages
 * whose cue words name them, and the sections of the sources that are about one of them.
 */
final class FacetQuestions {
    /** Heading words that place a section at the very end of the film ("ending" alone heads whole explainers). */
    private static final Set<String> END_WORDS = Set.of("final", "last", "closing");

    private final TermVectors vectors;

    FacetQuestions(TermVectors vectors) {
        this.vectors = vectors;
    }

    QuestionCandidate finalScene(List<EndingPassage> found) {
        return facet(EndingQuestionBuilder.FINAL_SCENE_ID, "What does the final scene mean?", found,
                EndingCue.FINAL_SCENE);
    }

    QuestionCandidate lastWords(List<EndingPassage> found) {
        return facet(EndingQuestionBuilder.LAST_WORDS_ID, lastWordsQuestion(found), found, EndingCue.LAST_WORDS);
    }

    private QuestionCandidate facet(String id, String question, List<EndingPassage> found, EndingCue cue) {
        QuestionCandidate c = new QuestionCandidate(id, question, true);
        Map<String, Map<String, Double>> sums = new LinkedHashMap<>();
        for (EndingPassage e : found) {
            if (!e.cues().contains(cue)) {
                continue;
            }
            String text = cue == EndingCue.FINAL_SCENE ? cueSentences(e.passage().text()) : e.passage().text();
            sums.merge(e.sourceId(), vectors.weights(text), (a, b) -> TermVectors.add(a, b, 1.0));
            c.own.computeIfAbsent(e.sourceId(), k -> new LinkedHashSet<>()).add(e.passage().id());
        }
        sums.forEach((s, v) -> c.say(s, vectors.freeze(TermVectors.normalised(v))));
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

    /**
     * The facet a section is about, if any: its heading names the final scene or the last words outright, or it
     * speaks of the end ("final", "last") and its text is as alike to what the facet's sources say as two sections
     * of one question are.
     */
    QuestionCandidate facetFor(QuestionCandidate section, QuestionCandidate finalScene, QuestionCandidate lastWords) {
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
        QuestionCandidate best = null;
        double bestSim = EndingQuestionBuilder.MERGE;
        for (QuestionCandidate facet : List.of(finalScene, lastWords)) {
            for (Map.Entry<String, TermVector> e : section.said().entrySet()) {
                double sim = TermVector.cosine(e.getValue(), facet.centroidWithout(e.getKey(), vectors));
                if (sim >= bestSim) {
                    best = facet;
                    bestSim = sim;
                }
            }
        }
        return best;
    }
}
