package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Stance;

/**
 * Puts first, among a source's answering passages, the one that best answers the question; the rest follow in
 * source order. Best: most alike to what the other sources say under the question, helped by the source's own
 * structure or cue words having put it there, by the question's own words (a passage that names what is asked
 * answers it) and, for a facet, by naming the final scene or last words itself. A bare quoted line is what is asked
 * about rather than an answer, so prose comes first; and a question of meaning is answered by a passage that takes
 * a reading, not by one that only retells the scene, so there those come first.
 */
final class MainPassageChooser {
    /** Per word of the question found in a passage, added to its likeness when choosing a source's main passage. */
    static final double QUESTION_WORD_BONUS = 0.05;
    /** Added when a passage names the facet (final scene, last words) in its own words. */
    static final double FACET_CUE_BONUS = 0.1;
    /** Added when the source's structure or cue words, not likeness alone, put the passage under the question. */
    static final double OWN_BONUS = 0.1;
    /** Stems of how questions are framed rather than of what they ask about. */
    private static final Set<String> QUESTION_FRAME = Set.of("mean", "happen", "say", "make");

    private final Corpus corpus;
    private final TermVectors vectors;
    private final StanceReader stances;

    MainPassageChooser(Corpus corpus, TermVectors vectors, StanceReader stances) {
        this.corpus = corpus;
        this.vectors = vectors;
        this.stances = stances;
    }

    /** @param likeness each passage's likeness to the question, by passage id */
    List<String> mainFirst(Set<String> ids, QuestionCandidate c, ToDoubleFunction<String> likeness) {
        List<Passage> inOrder = ids.stream().map(id -> corpus.passage(id).orElseThrow())
                .sorted(Comparator.comparingInt(Passage::ordinal)).toList();
        List<String> asked = vectors.stems(c.question);
        boolean meaning = asked.contains("mean");
        Set<String> askedWords = new HashSet<>(asked);
        askedWords.removeAll(QUESTION_FRAME);
        Set<String> own = c.own.getOrDefault(inOrder.get(0).sourceId(), Set.of());
        Passage best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestRank = -1;
        for (Passage p : inOrder) {
            String text = p.text();
            double score = likeness.applyAsDouble(p.id()) + (own.contains(p.id()) ? OWN_BONUS : 0)
                    + QUESTION_WORD_BONUS * Math.min(3, stemSet(text).stream().filter(askedWords::contains).count());
            if (c.facet && facetCue(c).matcher(text.toLowerCase(Locale.ROOT)).find()) {
                score += FACET_CUE_BONUS;
            }
            boolean substantial = !bareQuotation(p, text);
            boolean reads = meaning && stances.read(text) != Stance.NEUTRAL;
            int rank = (substantial ? 2 : 0) + (reads ? 1 : 0);
            if (rank > bestRank || rank == bestRank && score > bestScore) {
                bestScore = score;
                bestRank = rank;
                best = p;
            }
        }
        List<String> out = new ArrayList<>();
        out.add(best.id());
        for (Passage p : inOrder) {
            if (p != best) {
                out.add(p.id());
            }
        }
        return out;
    }

    /** A passage's distinct stems: the terms of its vector, which the likeness to the questions has made already. */
    private Set<String> stemSet(String text) {
        return vectors.weights(text).keySet();
    }

    /** A line of dialogue, or a paragraph that is nothing but one quotation. */
    private static boolean bareQuotation(Passage p, String text) {
        String t = text.strip();
        boolean quoted = t.length() > 1 && "“\"".indexOf(t.charAt(0)) >= 0
                && "”\"".indexOf(t.charAt(t.length() - 1)) >= 0
                && t.substring(1, t.length() - 1).chars().noneMatch(ch -> ch == '“' || ch == '”' || ch == '"');
        return quoted || p.kind() == PassageKind.DIALOGUE;
    }

    private static Pattern facetCue(QuestionCandidate c) {
        return c.id.equals(EndingQuestionBuilder.LAST_WORDS_ID)
                ? EndingPassageFinder.LAST_WORDS : EndingPassageFinder.FINAL_SCENE;
    }
}
