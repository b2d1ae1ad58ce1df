package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * Maps what each source says the ending means, question by question: finds the ending discussion, groups it into
 * questions, gives each source at most one answer per question (its best passage first) with a stance, applies the
 * user's edits, and lists per question the sources that discuss the film yet are silent on it.
 */
public final class EndingMapper {
    private final EndingPassageFinder finder = new EndingPassageFinder();

    public List<EndingQuestion> map(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingEdits edits) {
        PassageWords words = PassageWords.of(corpus, EndingQuestionBuilder.titleWords(corpus));
        List<EndingPassage> found = finder.find(corpus, quotes, scenes, words);
        StanceReader stances = new StanceReader();
        List<DerivedQuestion> derived = new EndingQuestionBuilder(corpus, NameCase.of(corpus), words, stances)
                .build(found);
        AnswerAssembler assembler = new AnswerAssembler(corpus, stances);
        List<EndingQuestion> questions = new ArrayList<>();
        for (DerivedQuestion d : derived) {
            List<EndingAnswer> answers = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : d.answers().entrySet()) {
                answers.add(assembler.assemble(e.getKey(), e.getValue()));
            }
            questions.add(new EndingQuestion(d.id(), d.question(), answers));
        }
        List<EndingQuestion> edited = new EndingEditsApplier(corpus, assembler)
                .apply(questions, derived, edits == null ? EndingEdits.none() : edits);
        return withSilent(corpus, edited, discussing(corpus, words));
    }

    /** The questions with their silent sources worked out afresh. */
    public static List<EndingQuestion> withSilent(Corpus corpus, List<EndingQuestion> questions) {
        return withSilent(corpus, questions, discussing(corpus, PassageWords.none()));
    }

    /**
     * A question's answers are few and the discussing sources many: the answering ones are marked in an array over
     * the discussing ones, so each question costs a pass over that array rather than a set lookup per source.
     */
    private static List<EndingQuestion> withSilent(Corpus corpus, List<EndingQuestion> questions,
                                                   List<String> discussing) {
        Map<String, Integer> positionOf = new HashMap<>();
        for (int i = 0; i < discussing.size(); i++) {
            positionOf.putIfAbsent(discussing.get(i), i);
        }
        // the same id marks the same place
        int[] firstPositionOf = discussing.stream().mapToInt(positionOf::get).toArray();
        boolean[] answering = new boolean[discussing.size()];
        List<EndingQuestion> out = new ArrayList<>(questions.size());
        for (EndingQuestion q : questions) {
            for (EndingAnswer a : q.answers()) {
                Integer at = positionOf.get(a.sourceId());
                if (at != null) {
                    answering[at] = true;
                }
            }
            List<String> silent = new ArrayList<>();
            for (int i = 0; i < discussing.size(); i++) {
                if (!answering[firstPositionOf[i]]) {
                    silent.add(discussing.get(i));
                }
            }
            for (EndingAnswer a : q.answers()) {
                Integer at = positionOf.get(a.sourceId());
                if (at != null) {
                    answering[at] = false;
                }
            }
            out.add(new EndingQuestion(q.id(), q.question(), q.answers(), silent));
        }
        return List.copyOf(out);
    }

    /**
     * The sources that could have answered: pages that write about the film in prose of their own (at least one
     * paragraph or bullet of some length). A quotes page only transcribes the film, so its silence says nothing.
     */
    static List<String> discussing(Corpus corpus) {
        return discussing(corpus, PassageWords.none());
    }

    private static List<String> discussing(Corpus corpus, PassageWords words) {
        List<String> out = new ArrayList<>();
        for (Source s : corpus.sources()) {
            boolean prose = corpus.passagesOf(s.id()).stream()
                    .anyMatch(p -> (p.kind() == PassageKind.PARAGRAPH || p.kind() == PassageKind.BULLET)
                            && words.wordCount(p) >= EndingPassageFinder.MIN_WORDS);
            if (s.kind() != SourceKind.QUOTES && prose) {
                out.add(s.id());
            }
        }
        return out;
    }
}
