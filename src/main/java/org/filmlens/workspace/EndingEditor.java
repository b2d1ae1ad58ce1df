package org.filmlens.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.analysis.EndingComparer;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Stance;

/**
 * The user's edits to the ending questions: each is checked against the questions shown, added to the saved edits
 * (ending-edits.json, re-applied after every ingest) and the ending is mapped again with them.
 */
final class EndingEditor {
    private final WorkspaceFiles files;
    private final Supplier<List<EndingQuestion>> ending;
    private final AnalysisUpdater updater;
    private final AnalysisPipeline pipeline;

    EndingEditor(WorkspaceFiles files, Supplier<List<EndingQuestion>> ending, AnalysisPipeline pipeline,
                 AnalysisUpdater updater) {
        this.files = files;
        this.ending = ending;
        this.pipeline = pipeline;
        this.updater = updater;
    }

    String addQuestion(String question) throws WorkspaceException {
        if (question == null || question.isBlank()) {
            throw new WorkspaceException("a new ending question needs some words");
        }
        Set<String> taken = new HashSet<>();
        ending.get().forEach(q -> taken.add(q.id()));
        String id = EndingEdits.newQuestionId(question, taken);
        save(files.endingEdits().withAdded(id, question.strip()));
        return id;
    }

    void renameQuestion(String id, String question) throws WorkspaceException {
        question(id);
        if (question == null || question.isBlank()) {
            throw new WorkspaceException("ending question " + id + ": the new wording is empty");
        }
        save(files.endingEdits().withRenamed(id, question.strip()));
    }

    void mergeQuestions(String fromId, String intoId) throws WorkspaceException {
        question(fromId);
        question(intoId);
        if (fromId.equals(intoId)) {
            throw new WorkspaceException("ending question " + fromId + ": cannot merge a question into itself");
        }
        save(files.endingEdits().withMerged(fromId, intoId));
    }

    void reorderQuestions(List<String> ids) throws WorkspaceException {
        for (String id : ids) {
            question(id);
        }
        save(files.endingEdits().withOrder(List.copyOf(ids)));
    }

    void setStance(String questionId, String sourceId, Stance stance) throws WorkspaceException {
        EndingQuestion q = question(questionId);
        if (q.answers().stream().noneMatch(a -> a.sourceId().equals(sourceId))) {
            throw new WorkspaceException("ending question " + questionId + ": source " + sourceId
                    + " does not answer it, so it has no stance to set");
        }
        save(files.endingEdits().withStance(questionId, sourceId, stance));
    }

    List<AnswerComparison> compareAnswers(String questionId, List<String> sourceIds) throws WorkspaceException {
        EndingQuestion q = question(questionId);
        List<EndingAnswer> answers = new ArrayList<>();
        if (sourceIds.isEmpty()) {
            answers.addAll(q.answers());
        }
        for (String sourceId : sourceIds) {
            answers.add(q.answers().stream().filter(a -> a.sourceId().equals(sourceId)).findFirst()
                    .orElseThrow(() -> new WorkspaceException("ending question " + questionId + ": source "
                            + sourceId + " is silent on it")));
        }
        if (answers.size() < 2) {
            throw new WorkspaceException("ending question " + questionId + ": " + answers.size()
                    + " answer(s), need two or more to compare");
        }
        return new EndingComparer().compare(answers);
    }

    /**
     * Saves the edits atomically, then maps the ending again with them (the rest of the analysis is unchanged),
     * applying them to the questions as last derived when the corpus, quotes and scenes are the same ({@link
     * KeptEnding}).
     */
    void save(EndingEdits edits) throws WorkspaceException {
        files.writeEndingEdits(edits);
        updater.update((generation, corpus, a) -> pipeline.withEnding(corpus, generation, a, edits));
    }

    private EndingQuestion question(String id) throws WorkspaceException {
        return ending.get().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new WorkspaceException("no ending question with id '" + id
                        + "' (the ending command lists them)"));
    }
}
