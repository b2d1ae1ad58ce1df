package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * Every passage's terms ({@link Terms#of}), computed once for the scene stage: the outline's keywords, the document
 * frequencies and each passage's fit all read them, and tokenizing the corpus was most of that stage's cost. Each
 * distinct term is one {@link Term} object, so a passage's terms need no further map lookups. Each distinct token as
 * written is turned into its term once (numbered in a {@link TokenNumbers} per range).
 */
final class PassageTerms {
    /** One distinct term of the corpus, with its document frequency and inverse. */
    static final class Term {
        final String text;
        /** In how many passages it occurs. */
        int df;
        /** {@link #idf(double, int)} of the corpus: set once the passages are counted, then only read. */
        double idf;
        /**
         * Its number in the vocabulary (below {@link PassageTerms#vocabularySize()}); -1 for a term no passage holds,
         * unless the scene matcher numbers it on as a word of its profiles.
         */
        int id = -1;
        private int lastPassage = -1;
        /** While the vocabulary is built: the same term of another range of passages, which this one joins. */
        private Term mergedInto;

        Term(String text) {
            this.text = text;
        }

        /** A term no passage holds, with the inverse frequency of such a term in a corpus of that many passages. */
        static Term unknown(String text, double docs) {
            Term t = new Term(text);
            t.idf = idf(docs, 0);
            return t;
        }
    }

    /** A term's inverse document frequency, {@code docs} being at least 1. */
    static double idf(double docs, int df) {
        return Math.log((docs + 1.0) / (df + 0.5));
    }

    /** The term of a token that has none (a stop word, a single letter). */
    private static final Term NONE = new Term("");

    private final Map<String, Term> vocabulary = new HashMap<>();
    private final Term[][] byPassage;
    private final List<List<NarrativeCues.Cue>> cues;
    /** Where a passage's spoken words start after its speaker label (0 for a passage without one). */
    private final int[] spokenStart;
    /** The index of the first term of the spoken words, or -1 when they must be tokenised on their own. */
    private final int[] spokenTerm;
    /** The cues of the spoken words, where they have a label. */
    private final List<List<NarrativeCues.Cue>> spokenCues;

    /** Where the tokens behind each passage's terms start, for the passages asked for (null for the others). */
    private final int[][] termStarts;

    PassageTerms(Corpus corpus) {
        this(corpus, i -> false);
    }

    /** @param keepStarts the passages whose terms' places {@link #termStarts} must give */
    PassageTerms(Corpus corpus, IntPredicate keepStarts) {
        List<Passage> passages = corpus.passages();
        int n = passages.size();
        byPassage = new Term[n][];
        termStarts = new int[n][];
        cues = new ArrayList<>(n);
        spokenStart = new int[n];
        spokenTerm = new int[n];
        spokenCues = new ArrayList<>(n);
        // Each range of passages is tokenised on its own core with a vocabulary of its own; the vocabularies are then
        // merged (a term's passages are counted in one range only, so the counts add up) and the terms remapped.
        for (Range r : InOrder.chunks(n, (from, to) -> new Range(passages, from, to, keepStarts))) {
            for (Term t : r.vocabulary.values()) {
                Term known = vocabulary.putIfAbsent(t.text, t);
                if (known != null) {
                    known.df += t.df;
                    t.mergedInto = known;
                } else {
                    t.id = vocabulary.size() - 1;
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
            System.arraycopy(r.starts, 0, termStarts, r.from, r.to - r.from);
            cues.addAll(r.cues);
            System.arraycopy(r.spokenStart, 0, spokenStart, r.from, r.to - r.from);
            System.arraycopy(r.spokenTerm, 0, spokenTerm, r.from, r.to - r.from);
            spokenCues.addAll(r.spokenCues);
        }
        double docs = Math.max(1, n);
        vocabulary.values().forEach(t -> t.idf = idf(docs, t.df));
    }

    /** The terms and narrative cues of one range of passages, with the range's own vocabulary. */
    private static final class Range {
        final int from;
        final int to;
        final Map<String, Term> vocabulary = new HashMap<>();
        final Term[][] terms;
        final int[][] starts;
        final List<List<NarrativeCues.Cue>> cues;
        final int[] spokenStart;
        final int[] spokenTerm;
        final List<List<NarrativeCues.Cue>> spokenCues;

        Range(List<Passage> passages, int from, int to, IntPredicate keepStarts) {
            this.from = from;
            this.to = to;
            int n = to - from;
            terms = new Term[n][];
            starts = new int[n][];
            cues = new ArrayList<>(n);
            spokenStart = new int[n];
            spokenTerm = new int[n];
            spokenCues = new ArrayList<>(n);
            // each distinct token as written is made into its term once: a corpus repeats its tokens, and cutting,
            // lower-casing, checking for stop words and stemming each one again was most of tokenising it
            TokenNumbers written = new TokenNumbers();
            List<Term> termOfWritten = new ArrayList<>();
            // and where in it a narrative cue may start: the cue gate is read at those places, not at every character
            List<int[]> cueStartsOfWritten = new ArrayList<>();
            NarrativeCues.Gate cueGate = new NarrativeCues.Gate();
            Term[] found = new Term[64];
            int[] at = new int[64];
            for (int i = from; i < to; i++) {
                String text = passages.get(i).text();
                int count = 0;
                char[] chars = text.toCharArray(); // for the scans that read a char[] (see Terms.tokenEnd)
                cueGate.clear(chars);
                for (int start = 0, end; start < chars.length; start = end) {
                    end = Terms.tokenEnd(chars, start);
                    if (end == start) {
                        end++;
                        continue;
                    }
                    int w = written.number(text, start, end);
                    if (w == termOfWritten.size()) {
                        String term = Terms.termOf(written.token(w));
                        termOfWritten.add(term == null ? NONE : vocabulary.computeIfAbsent(term, Term::new));
                        cueStartsOfWritten.add(NarrativeCues.startsIn(written.token(w)));
                    }
                    int[] cueStarts = cueStartsOfWritten.get(w);
                    if (cueStarts != null) {
                        cueGate.token(start, cueStarts);
                    }
                    Term t = termOfWritten.get(w);
                    if (t == NONE) {
                        continue;
                    }
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                        at = Arrays.copyOf(at, count * 2);
                    }
                    found[count] = t;
                    at[count++] = start;
                    if (t.lastPassage != i) {
                        t.lastPassage = i;
                        t.df++;
                    }
                }
                terms[i - from] = Arrays.copyOf(found, count);
                starts[i - from] = keepStarts.test(i) ? Arrays.copyOf(at, count) : null;
                int spoken = SpeakerLabels.spokenStart(text);
                spokenStart[i - from] = spoken;
                // When no token can run over where the label and the spoken words meet, the spoken words' terms are
                // a tail of the passage's (the scan starts afresh there); otherwise they are tokenised on their own.
                spokenTerm[i - from] = spoken == 0 ? 0 : Terms.separates(text.charAt(spoken - 1))
                        ? firstAtOrAfter(at, count, spoken) : -1;
                List<NarrativeCues.Cue> inText = cueGate.cues(text);
                inText = inText.isEmpty() ? List.of() : inText;
                cues.add(inText);
                spokenCues.add(spoken == 0 ? inText : spokenCues(text, spoken, inText));
            }
        }

        /** The index of the first of the {@code count} ascending offsets that is at least {@code offset}. */
        private static int firstAtOrAfter(int[] at, int count, int offset) {
            int k = 0;
            while (k < count && at[k] < offset) {
                k++;
            }
            return k;
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

    /** In how many passages the term occurs (0 for a term no passage holds). */
    int df(String text) {
        Term t = vocabulary.get(text);
        return t == null ? 0 : t.df;
    }

    /** How many distinct terms the passages hold: their {@link Term#id}s run from 0 to this, exclusive. */
    int vocabularySize() {
        return vocabulary.size();
    }

    /**
     * Where in passage {@code i}'s text the token behind each of its {@link #terms} starts, for a passage the
     * constructor was asked to keep them for; null for the others.
     */
    int[] termStarts(int i) {
        return termStarts[i];
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
