package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Corpus;

/** One candidate question per ending section of each source, and one per Q&amp;A thread (its title asks it). */
final class SectionQuestions {
    private final Corpus corpus;
    private final TermVectors vectors;
    private final QuestionPhrasing phrasing;
    private final Set<String> titleWords;

    SectionQuestions(Corpus corpus, TermVectors vectors, QuestionPhrasing phrasing, Set<String> titleWords) {
        this.corpus = corpus;
        this.vectors = vectors;
        this.phrasing = phrasing;
        this.titleWords = titleWords;
    }

    List<QuestionCandidate> of(List<EndingPassage> found) {
        Map<String, QuestionCandidate> byKey = new LinkedHashMap<>();
        Map<String, List<EndingPassage>> members = new LinkedHashMap<>();
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
                byKey.put(key, new QuestionCandidate(QuestionIds.fromQuestion(question, titleWords), question, false));
            }
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<QuestionCandidate> out = new ArrayList<>();
        byKey.forEach((key, c) -> {
            String sourceId = key.substring(0, key.indexOf('\u0000'));
            String heading = key.substring(key.indexOf('\u0000') + 1);
            Map<String, Double> body = new HashMap<>();
            for (EndingPassage e : members.get(key)) {
                body = TermVectors.add(body, vectors.weights(e.passage().text()), 1.0);
                c.own.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(e.passage().id());
            }
            Map<String, Double> said = TermVectors.add(vectors.weights(heading), TermVectors.normalised(body), 1.0);
            c.say(sourceId, vectors.freeze(TermVectors.normalised(said)));
            c.headings.put(sourceId, vectors.vector(heading));
            c.sectioned.add(sourceId);
            c.bodies.put(sourceId, vectors.freeze(TermVectors.normalised(body)));
            out.add(c);
        });
        return out;
    }
}
