package org.filmlens.analysis;

import java.util.List;

/**
 * The user's own changes to the ending questions, kept across re-ingest ({@code ending-edits.json}).
 *
 * @param added   questions the user added, by id and text
 * @param renamed question id to the user's wording
 * @param merged  pairs [from, into]: answers of {@code from} go under {@code into}
 * @param order   question ids in the user's order (unknown ids last)
 * @param stances overrides: "questionId|sourceId" to a stance label
 */
public record EndingEdits(List<AddedQuestion> added, java.util.Map<String, String> renamed, List<List<String>> merged,
                          List<String> order, java.util.Map<String, String> stances) {
    public record AddedQuestion(String id, String question) {}

    public static EndingEdits none() {
        return new EndingEdits(List.of(), java.util.Map.of(), List.of(), List.of(), java.util.Map.of());
    }
}
