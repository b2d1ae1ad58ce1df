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
        /** While the vocabulary is built: the same term of another range of passages, which this one joins. */
        private Term mergedInto;

        Term(String text) {
            this.text = text;
        }
    }

    private final Map<String, Term> vocabulary = new HashMap<>();
    private final Term[][] byPassage;
    private final List<List<NarrativeCues.Cue>> cues;

    PassageTerms(Corpus corpus) {
        List<Passage> passages = corpus.passages();
        byPassage = new Term[passages.size()][];
        cues = new ArrayList<>(passages.size());
        // Each range of passages is tokenised on its own core with a vocabulary of its own; the vocabularies are then
        // merged (a term's passages are counted in one range only, so the counts add up) and the terms remapped.
        for (Range r : InOrder.chunks(passages.size(), (from, to) -> new Range(passages, from, to))) {
            for (Term t : r.vocabulary.values()) {
                Term known = vocabulary.putIfAbsent(t.text, t);
                if (known != null) {
                    known.df += t.df;
                    t.mergedInto = known;
                }
            }
            for (int i = r.from; i < r.to; i++) {
                Term[] own = r.terms[i - r.from];
                for (int k = 0; k < own.length; k++) {
                    if (own[k].mergedInto != null) {
                        own[k] = own[k].mergedInto;
                    }
                }
                byPassage[i] = own;
            }
            cues.addAll(r.cues);
        }
    }

    /** The terms and narrative cues of one range of passages, with the range's own vocabulary. */
    private static final class Range {
        final int from;
        final int to;
        final Map<String, Term> vocabulary = new HashMap<>();
        final Term[][] terms;
        final List<List<NarrativeCues.Cue>> cues;

        Range(List<Passage> passages, int from, int to) {
            this.from = from;
            this.to = to;
            terms = new Term[to - from][];
            cues = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                String text = passages.get(i).text();
                List<String> found = Terms.of(text);
                Term[] own = new Term[found.size()];
                for (int k = 0; k < own.length; k++) {
                    Term t = vocabulary.computeIfAbsent(found.get(k), Term::new);
                    if (t.lastPassage != i) {
                        t.lastPassage = i;
                        t.df++;
                    }
                    own[k] = t;
                }
                terms[i - from] = own;
                List<NarrativeCues.Cue> inText = NarrativeCues.in(text);
                cues.add(inText.isEmpty() ? List.of() : inText);
            }
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

    /** The narrative cues of passage {@code i}'s text, found once. */
    List<NarrativeCues.Cue> cues(int i) {
        return cues.get(i);
    }
}
