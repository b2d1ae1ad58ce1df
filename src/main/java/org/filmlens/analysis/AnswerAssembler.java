package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.SourceKind;
import org.filmlens.corpus.Stance;

/**
 * Turns a source's answering passages (main one first) into its answer: the main passage's text, and a stance read
 * from the main passage with the supporting ones counting less.
 *
 * <p>A Q&amp;A thread is many voices, not one: its first passage asks, each later one is an answer, listed highest
 * score first as such sites sort them by default (ingest drops the vote counts). The thread's stance is the one most
 * of its answers share or, without a majority, the top answer's; the main passage is the first answer that holds
 * that stance, and the question and the other answers stay as supporting passages (their readings are not mixed in).
 */
final class AnswerAssembler {
    private final Corpus corpus;
    private final StanceReader stances;

    /** @param stances a reader shared with the choice of answers, which has read most of the same passages */
    AnswerAssembler(Corpus corpus, StanceReader stances) {
        this.corpus = corpus;
        this.stances = stances;
    }

    EndingAnswer assemble(String sourceId, List<String> mainFirst) {
        boolean thread = isQaThread(sourceId);
        List<String> ids = thread ? threadOrder(sourceId, mainFirst) : mainFirst;
        String main = text(ids.get(0));
        // a thread's other answers are other voices, not support for the deciding one
        List<String> supporting = thread ? List.of() : ids.subList(1, ids.size()).stream().map(this::text).toList();
        StanceReader.Reading reading = stances.read(main, supporting);
        return new EndingAnswer(sourceId, ids, main, reading.stance(), reading.cue());
    }

    private boolean isQaThread(String sourceId) {
        return corpus.source(sourceId).map(s -> s.kind() == SourceKind.QA).orElse(false);
    }

    /** The thread's passages with its deciding answer first, then the rest in source order. */
    private List<String> threadOrder(String sourceId, List<String> ids) {
        Optional<Passage> asking = corpus.passagesOf(sourceId).stream()
                .filter(p -> p.kind() != PassageKind.HEADING && p.kind() != PassageKind.DECK).findFirst();
        List<String> inOrder = ids.stream()
                .sorted(Comparator.comparingInt(id -> corpus.passage(id).map(Passage::ordinal).orElse(0))).toList();
        Map<String, Stance> answers = new LinkedHashMap<>();
        for (String id : inOrder) {
            if (asking.isEmpty() || !asking.get().id().equals(id)) {
                answers.put(id, stances.read(text(id)));
            }
        }
        if (answers.isEmpty()) {
            return ids;
        }
        Stance decided = threadStance(new ArrayList<>(answers.values()));
        String main = answers.entrySet().stream().filter(e -> e.getValue() == decided).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        out.add(main);
        inOrder.stream().filter(id -> !id.equals(main)).forEach(out::add);
        return out;
    }

    /**
     * The stance more than half the answers that take one share, else the top such answer's; NEUTRAL only when no
     * answer takes a stance.
     */
    static Stance threadStance(List<Stance> answersTopFirst) {
        List<Stance> taking = answersTopFirst.stream().filter(s -> s != Stance.NEUTRAL).toList();
        if (taking.isEmpty()) {
            return Stance.NEUTRAL;
        }
        Map<Stance, Integer> count = new EnumMap<>(Stance.class);
        taking.forEach(s -> count.merge(s, 1, Integer::sum));
        return count.entrySet().stream().filter(e -> e.getValue() * 2 > taking.size())
                .map(Map.Entry::getKey).findFirst().orElse(taking.get(0));
    }

    private String text(String passageId) {
        return corpus.passage(passageId).map(Passage::text).orElse("");
    }
}
