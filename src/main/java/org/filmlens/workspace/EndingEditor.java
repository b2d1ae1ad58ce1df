package org.filmlens.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.analysis.EndingComparer;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Stance;

/**
 * The user's edits to the ending questions: each is checked against the questions shown, added to the saved edits
 * (ending-edits.json, re-applied after every ingest) and the ending is mapped again with them.
 */
final class EndingEditor {
    private final WorkspaceFiles files;
    private final Supplier<List<EndingQuestion>> ending;
    private final AnalysisUpdater updater;
    /**
     * The derivation the last edit applied its edits to, with what it was derived from (compared by identity). Edits
     * and ingests run one at a time (the workspace's ingest lock), so it needs no lock of its own.
     */
    private Kept kept;

    private record Kept(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingMapper.Derivation derivation) {}

    EndingEditor(WorkspaceFiles files, Supplier<List<EndingQuestion>> ending, AnalysisUpdater updater) {
        this.files = files;
        this.ending = ending;
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
     * Saves the edits atomically, then maps the ending again with them (the rest of the analysis is unchanged). The
     * questions as derived before any edit are kept for the next edit of the same corpus, quotes and scenes: deriving
     * them is nearly all of the mapping (7 s of a 14 s edit at 100 MB), applying the edits a few milliseconds.
     */
    void save(EndingEdits edits) throws WorkspaceException {
        files.writeEndingEdits(edits);
        updater.update((corpus, a) -> new Analysis(a.quotes(), a.characters(), a.scenes(),
                derivationOf(corpus, a).edited(edits)));
    }

    private EndingMapper.Derivation derivationOf(Corpus corpus, Analysis analysis) {
        Kept k = kept;
        if (k == null || k.corpus() != corpus || k.quotes() != analysis.quotes() || k.scenes() != analysis.scenes()) {
            k = new Kept(corpus, analysis.quotes(), analysis.scenes(),
                    new EndingMapper().derive(corpus, analysis.quotes(), analysis.scenes()));
            kept = k;
        }
        return k.derivation();
    }

    /** Lets go of the kept derivation, which holds its corpus: an ingest is about to make another. */
    void forgetDerivation() {
        kept = null;
    }

    private EndingQuestion question(String id) throws WorkspaceException {
        return ending.get().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new WorkspaceException("no ending question with id '" + id
                        + "' (the ending command lists them)"));
    }
}
