package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;

/**
 * Every passage's terms ({@link Terms#of}), computed once for the scene stage: the outline's keywords, the document
 * frequencies and each passage's fit all read them, and tokenizing the corpus was most of that stage's cost. Each
 * distinct term is one {@link Term} object, so a passage's terms need no further map lookups.
 */
final class PassageTerms {
    /** One distinct term of the corpus, with what the scene matcher needs of it. */
    static final class Term {
        final String text;
        /** In how many passages it occurs. */
        int df;
        double idf;
        /** Its row of weights in the scene profiles, or -1 when no scene's profile holds it. */
        int slot = -1;
        private int lastPassage = -1;

        Term(String text) {
            this.text = text;
        }
    }

    private final Corpus corpus;
    private final Map<String, Term> vocabulary = new HashMap<>();
    private final Term[][] byPassage;
    private final List<List<NarrativeCues.Cue>> cues;

    PassageTerms(Corpus corpus) {
        this.corpus = corpus;
        List<Passage> passages = corpus.passages();
        byPassage = new Term[passages.size()][];
        cues = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            List<String> terms = Terms.of(passages.get(i).text());
            Term[] own = new Term[terms.size()];
            for (int k = 0; k < own.length; k++) {
                Term t = vocabulary.computeIfAbsent(terms.get(k), Term::new);
                if (t.lastPassage != i) {
                    t.lastPassage = i;
                    t.df++;
                }
                own[k] = t;
            }
            byPassage[i] = own;
            cues.add(null);
        }
    }

    int passageCount() {
        return byPassage.length;
    }

    /** The terms of passage {@code i}'s text, in order, as {@link Terms#of} gives them. */
    Term[] terms(int i) {
        return byPassage[i];
    }

    /** The term, or null when no passage holds it (and no one has added it). */
    Term get(String text) {
        return vocabulary.get(text);
    }

    /** The term, made when no passage holds it. */
    Term getOrAdd(String text) {
        return vocabulary.computeIfAbsent(text, Term::new);
    }

    /** In how many passages the term occurs (0 for a term no passage holds). */
    int df(String text) {
        Term t = vocabulary.get(text);
        return t == null ? 0 : t.df;
    }

    void forEachTerm(Consumer<Term> action) {
        vocabulary.values().forEach(action);
    }

    /** The narrative cues of passage {@code i}'s text, found once and kept. */
    List<NarrativeCues.Cue> cues(int i) {
        List<NarrativeCues.Cue> found = cues.get(i);
        if (found == null) {
            found = NarrativeCues.in(corpus.passages().get(i).text());
            cues.set(i, found.isEmpty() ? List.of() : found);
        }
        return found;
    }
}
