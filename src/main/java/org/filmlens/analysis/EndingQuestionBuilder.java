package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filmlens.corpus.Corpus;

/**
 * Groups the ending passages of all sources into the questions they answer.
 *
 * <p>Candidate questions come from the sources' own ending headings (and Q&amp;A threads' titles) and from two cue
 * facets every ending discussion has: the final scene and the last words ({@link FacetQuestions}). Headings of
 * different sources that cover the same ground (TF-IDF cosine of heading plus section text) become one question
 * ({@link AlikeSections}). Then every ending passage answers each question whose text, as written by the OTHER
 * sources, it resembles nearly as well as its best match ({@link AnswerLikeness}, {@link AnswerSelection}).
 */
final class EndingQuestionBuilder {
    /** Two sections of different sources at least this alike ask the same question. */
    static final double MERGE = 0.30;
    static final String FINAL_SCENE_ID = "final-scene";
    static final String LAST_WORDS_ID = "last-words";

    private final TermVectors vectors;
    private final FacetQuestions facets;
    private final SectionQuestions sections;
    private final AnswerSelection selection;

    EndingQuestionBuilder(Corpus corpus, NameCase names, PassageWords words, StanceReader reader) {
        Set<String> titleWords = titleWords(corpus);
        this.vectors = new TermVectors(words, titleWords);
        this.facets = new FacetQuestions(vectors);
        this.sections = new SectionQuestions(corpus, vectors, new QuestionPhrasing(names), titleWords);
        this.selection = new AnswerSelection(corpus, reader, new MainPassageChooser(corpus, vectors, reader));
    }

    /** The film title's words: every page says them, so they say nothing about a question. */
    static Set<String> titleWords(Corpus corpus) {
        return new HashSet<>(corpus.film() == null || corpus.film().title() == null
                ? List.of() : ContentWords.tokens(corpus.film().title()));
    }

    List<DerivedQuestion> build(List<EndingPassage> found) {
        QuestionCandidate finalScene = facets.finalScene(found);
        QuestionCandidate lastWords = facets.lastWords(found);
        List<QuestionCandidate> headed = sections.of(found);
        for (QuestionCandidate c : headed) {
            QuestionCandidate facet = facets.facetFor(c, finalScene, lastWords);
            if (facet != null) {
                facet.absorb(c);
            }
        }
        headed.removeIf(c -> c.question == null);
        List<QuestionCandidate> candidates = new ArrayList<>();
        candidates.add(finalScene);
        candidates.add(lastWords);
        candidates.addAll(new AlikeSections(vectors.ids().size()).merge(headed));
        candidates.removeIf(c -> c.said().isEmpty());
        double[][] sims = new AnswerLikeness(vectors).of(candidates, found);
        return selection.select(candidates, found, sims);
    }
}
