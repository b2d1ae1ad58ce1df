package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Stance;

/**
 * The user's own changes to the ending questions, kept across re-ingest ({@code ending-edits.json}). Immutable: each
 * {@code with…} method returns a copy with one more edit.
 *
 * @param added   questions the user added, by id and text
 * @param renamed question id to the user's wording
 * @param merged  pairs [from, into]: answers of {@code from} go under {@code into}
 * @param order   question ids in the user's order (unknown ids last)
 * @param stances overrides: "questionId|sourceId" to a stance label
 */
public record EndingEdits(List<AddedQuestion> added, Map<String, String> renamed, List<List<String>> merged,
                          List<String> order, Map<String, String> stances) {
    public record AddedQuestion(String id, String question) {}

    public EndingEdits {
        added = added == null ? List.of() : List.copyOf(added);
        renamed = renamed == null ? Map.of() : Map.copyOf(renamed);
        merged = merged == null ? List.of() : merged.stream().map(List::copyOf).toList();
        order = order == null ? List.of() : List.copyOf(order);
        stances = stances == null ? Map.of() : Map.copyOf(stances);
    }

    public static EndingEdits none() {
        return new EndingEdits(List.of(), Map.of(), List.of(), List.of(), Map.of());
    }

    /** An id for a new question of the user's, made from its wording and unlike every id in {@code taken}. */
    public static String newQuestionId(String question, Set<String> taken) {
        return QuestionIds.forAdded(question, Set.of(), taken);
    }

    public EndingEdits withAdded(String id, String question) {
        List<AddedQuestion> a = new ArrayList<>(added);
        a.add(new AddedQuestion(id, question));
        return new EndingEdits(a, renamed, merged, order, stances);
    }

    public EndingEdits withRenamed(String id, String question) {
        Map<String, String> r = new LinkedHashMap<>(renamed);
        r.put(id, question);
        return new EndingEdits(added, r, merged, order, stances);
    }

    public EndingEdits withMerged(String fromId, String intoId) {
        List<List<String>> m = new ArrayList<>(merged);
        m.add(List.of(fromId, intoId));
        return new EndingEdits(added, renamed, m, order, stances);
    }

    public EndingEdits withOrder(List<String> ids) {
        return new EndingEdits(added, renamed, merged, ids, stances);
    }

    public EndingEdits withStance(String questionId, String sourceId, Stance stance) {
        Map<String, String> s = new LinkedHashMap<>(stances);
        s.put(questionId + "|" + sourceId, stance.label());
        return new EndingEdits(added, renamed, merged, order, s);
    }
}
