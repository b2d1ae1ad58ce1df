package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Stance;

/**
 * Maps what each source says the ending means, question by question: finds the ending discussion, groups it into
 * questions, gives each source at most one answer per question with a stance, then applies the user's edits.
 */
public final class EndingMapper {
    private final EndingPassageFinder finder = new EndingPassageFinder();
    private final StanceReader stances = new StanceReader();

    public List<EndingQuestion> map(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingEdits edits) {
        List<EndingPassage> found = finder.find(corpus, quotes, scenes);
        List<DerivedQuestion> derived = new EndingQuestionBuilder(corpus, NameCase.of(corpus)).build(found);
        List<EndingQuestion> questions = new ArrayList<>();
        for (DerivedQuestion d : derived) {
            questions.add(new EndingQuestion(d.id(), d.question(), answers(corpus, d)));
        }
        return new EndingEditsApplier(corpus).apply(questions, derived, edits == null ? EndingEdits.none() : edits);
    }

    private List<EndingAnswer> answers(Corpus corpus, DerivedQuestion d) {
        List<EndingAnswer> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : d.answers().entrySet()) {
            String text = String.join("\n\n", e.getValue().stream()
                    .map(id -> corpus.passage(id).map(Passage::text).orElse("")).toList());
            Stance stance = stances.read(text);
            out.add(new EndingAnswer(e.getKey(), List.copyOf(e.getValue()), text, stance));
        }
        return out;
    }
}
