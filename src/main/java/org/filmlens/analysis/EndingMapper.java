package org.filmlens.analysis;

import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;

/** Maps what each source says the ending means, question by question. PLACEHOLDER until the ending work lands. */
public final class EndingMapper {
    public List<EndingQuestion> map(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingEdits edits) {
        return List.of();
    }
}
