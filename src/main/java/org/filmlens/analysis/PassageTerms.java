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
    /** Where a passage's spoken words start after its speaker label (0 for a passage without one). */
    private final int[] spokenStart;
    /** The index of the first term of the spoken words, or -1 when they must be tokenised on their own. */
    private final int[] spokenTerm;
    /** The cues of the spoken words, where they have a label. */
    private final List<List<NarrativeCues.Cue>> spokenCues;

    PassageTerms(Corpus corpus) {
        List<Passage> passages = corpus.passages();
        int n = passages.size();
        byPassage = new Term[n][];
        cues = new ArrayList<>(n);
        spokenStart = new int[n];
        spokenTerm = new int[n];
        spokenCues = new ArrayList<>(n);
        // Each range of passages is tokenised on its own core with a vocabulary of its own; the vocabularies are then
        // merged (a term's passages are counted in one range only, so the counts add up) and the terms remapped.
        for (Range r : InOrder.chunks(n, (from, to) -> new Range(passages, from, to))) {
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
            System.arraycopy(r.spokenStart, 0, spokenStart, r.from, r.to - r.from);
            System.arraycopy(r.spokenTerm, 0, spokenTerm, r.from, r.to - r.from);
            spokenCues.addAll(r.spokenCues);
        }
    }

    /** The terms and narrative cues of one range of passages, with the range's own vocabulary. */
    private static final class Range {
        final int from;
        final int to;
        final Map<String, Term> vocabulary = new HashMap<>();
        final Term[][] terms;
        final List<List<NarrativeCues.Cue>> cues;
        final int[] spokenStart;
        final int[] spokenTerm;
        final List<List<NarrativeCues.Cue>> spokenCues;

        Range(List<Passage> passages, int from, int to) {
            this.from = from;
            this.to = to;
            int n = to - from;
            terms = new Term[n][];
            cues = new ArrayList<>(n);
            spokenStart = new int[n];
            spokenTerm = new int[n];
            spokenCues = new ArrayList<>(n);
            for (int i = from; i < to; i++) {
                String text = passages.get(i).text();
                int spoken = SpeakerLabels.spokenStart(text);
                // The label and the spoken words tokenised apart give the text's terms when no token can run over
                // where they meet; then the spoken words' terms are a tail of the passage's, and need no tokenising.
                boolean apart = spoken > 0 && Terms.separates(text.charAt(spoken - 1));
                List<String> found = apart ? Terms.of(text.substring(0, spoken)) : Terms.of(text);
                int spokenFrom = spoken == 0 ? 0 : apart ? found.size() : -1;
                if (apart) {
                    found = new ArrayList<>(found);
                    found.addAll(Terms.of(text.substring(spoken)));
                }
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
                inText = inText.isEmpty() ? List.of() : inText;
                cues.add(inText);
                spokenStart[i - from] = spoken;
                spokenTerm[i - from] = spokenFrom;
                spokenCues.add(spoken == 0 ? inText : spokenCues(text, spoken, inText));
            }
        }

        /**
         * The spoken words' cues. None when the whole text has none and no letter precedes the spoken words: a cue
         * there would be one of the whole text too (the patterns look back only for a letter).
         */
        private static List<NarrativeCues.Cue> spokenCues(String text, int spoken, List<NarrativeCues.Cue> inText) {
            if (inText.isEmpty() && !Character.isLetter(text.codePointBefore(spoken))) {
                return List.of();
            }
            List<NarrativeCues.Cue> found = NarrativeCues.in(text.substring(spoken));
            return found.isEmpty() ? List.of() : found;
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

    /** Where passage {@code i}'s words after its speaker label start ({@link SpeakerLabels#spokenStart}). */
    int spokenStart(int i) {
        return spokenStart[i];
    }

    /**
     * Where in {@link #terms} passage {@code i}'s spoken words (after its label) start: the terms from there on are
     * what {@link Terms#of} gives for them; -1 when they must be tokenised on their own.
     */
    int spokenTermsFrom(int i) {
        return spokenTerm[i];
    }

    /** The narrative cues of passage {@code i}'s spoken words (after its label). */
    List<NarrativeCues.Cue> spokenCues(int i) {
        return spokenCues.get(i);
    }

    /** The narrative cues of passage {@code i}'s text, found once. */
    List<NarrativeCues.Cue> cues(int i) {
        return cues.get(i);
    }
}
