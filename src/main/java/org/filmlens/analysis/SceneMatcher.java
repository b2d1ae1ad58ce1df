package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filmlens.analysis.PassageTerms.Term;

/**
 * Scores a text against each scene of an outline: TF-IDF cosine between the text and the scene's title, summary and
 * keywords (keywords count double), a bonus for each keyword phrase or number quoted exactly, and a bonus for a
 * narrative cue that points near the scene's place in the film.
 */
final class SceneMatcher {
    private static final double PHRASE_BONUS = 0.12;
    private static final double CUE_BONUS = 0.2;

    private final int sceneCount;
    private final PassageTerms corpusTerms;
    /** weights[slot][scene]: a term's TF-IDF weight in each scene's profile, NaN where the profile lacks it. */
    private final double[][] weights;
    /** By {@link Term#id}: the term's row in {@link #weights}, -1 when no scene's profile holds it. */
    private int[] slotOf;
    /** Profile words no passage holds, numbered on from the corpus's vocabulary. */
    private final Map<String, Term> profileOnly = new HashMap<>();
    private final double docs;
    private final double[] norms;
    /** A tally counter per thread, numbering by the ids of the vocabulary and the profiles' words. */
    private final ThreadLocal<TermTally.Counter> counters;
    /** Each scene's keyword phrases (arrays: read in every fit, where a list's iterator costs an object). */
    private final Phrase[][] phrases;
    /** The words of all the phrases: which of them a text holds rules most phrases out before lower-casing it. */
    private final PhraseWords phraseWords = new PhraseWords();

    /**
     * A keyword phrase, normalised, and its runs of letters and digits, longest first: a text without one of them
     * lacks it (the longest alone let "by the end" be read at every "the").
     */
    private record Phrase(String text, char[] chars, String[] runs, long words) {
        static Phrase of(String normalised, PhraseWords all) {
            List<String> runs = new ArrayList<>();
            for (int start = 0, end; start < normalised.length(); start = end + 1) {
                end = start;
                while (end < normalised.length() && Character.isLetterOrDigit(normalised.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    runs.add(normalised.substring(start, end));
                }
            }
            runs.sort((x, y) -> Integer.compare(y.length(), x.length()));
            String[] asArray = runs.toArray(new String[0]);
            return new Phrase(normalised, normalised.toCharArray(), asArray, all.add(asArray));
        }

        /** Whether a text holding these {@link PhraseWords} may hold the phrase: it holds each of its runs. */
        boolean mayBeAmong(long wordsInText) {
            return (words & wordsInText) == words;
        }

        /** Whether the lower-cased text holds every run (as it must to hold the phrase). */
        boolean mayBeIn(String lower) {
            for (String run : runs) {
                if (!lower.contains(run)) {
                    return false;
                }
            }
            return true;
        }
    }

    SceneMatcher(PassageTerms corpusTerms, List<SceneOutline> scenes) {
        this.corpusTerms = corpusTerms;
        this.sceneCount = scenes.size();
        docs = Math.max(1, corpusTerms.passageCount());
        slotOf = new int[corpusTerms.vocabularySize()];
        Arrays.fill(slotOf, -1);
        List<double[]> rows = new ArrayList<>();
        norms = new double[scenes.size()];
        phrases = new Phrase[scenes.size()][];
        for (int i = 0; i < scenes.size(); i++) {
            SceneOutline s = scenes.get(i);
            Map<String, Double> v = new HashMap<>();
            addTerms(v, s.title(), 1.0);
            addTerms(v, s.summary(), 1.0);
            List<Phrase> ph = new ArrayList<>();
            for (String k : s.keywords() == null ? List.<String>of() : s.keywords()) {
                addTerms(v, k, 2.0);
                String norm = normalise(k);
                if (norm.contains(" ") || norm.matches(".*\\d.*")) {
                    ph.add(Phrase.of(norm, phraseWords));
                }
            }
            v.replaceAll((t, w) -> w * lookup(t).idf);
            norms[i] = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            phrases[i] = ph.toArray(new Phrase[0]);
            int scene = i;
            v.forEach((text, w) -> {
                Term t = lookup(text);
                if (t.id < 0) {
                    t = profileWord(t);
                }
                if (slotOf[t.id] < 0) {
                    slotOf[t.id] = rows.size();
                    double[] row = new double[sceneCount];
                    Arrays.fill(row, Double.NaN);
                    rows.add(row);
                }
                rows.get(slotOf[t.id])[scene] = w;
            });
        }
        weights = rows.toArray(new double[0][]);
        int ids = corpusTerms.vocabularySize() + profileOnly.size();
        counters = ThreadLocal.withInitial(() -> new TermTally.Counter(ids));
    }

    private TermTally tally(Term[] terms, int from, int to) {
        return counters.get().of(terms, from, to);
    }

    /** A profile word no passage holds, numbered after the vocabulary so that it has a slot. */
    private Term profileWord(Term unknown) {
        unknown.id = corpusTerms.vocabularySize() + profileOnly.size();
        profileOnly.put(unknown.text, unknown);
        if (unknown.id >= slotOf.length) {
            int old = slotOf.length;
            slotOf = Arrays.copyOf(slotOf, Math.max(8, old * 2));
            Arrays.fill(slotOf, old, slotOf.length, -1);
        }
        return unknown;
    }

    /** The term of the corpus or of a profile; a term of neither has the idf of a word no passage holds, no slot. */
    Term lookup(String text) {
        Term t = corpusTerms.get(text);
        if (t == null) {
            t = profileOnly.get(text);
        }
        return t != null ? t : Term.unknown(text, docs);
    }

    /** The term's row in {@link #weights}, or -1 when no profile holds it. */
    private int slot(Term t) {
        return t.id < 0 || t.id >= slotOf.length ? -1 : slotOf[t.id];
    }

    private static void addTerms(Map<String, Double> v, String text, double weight) {
        if (text != null) {
            for (String t : Terms.of(text)) {
                v.merge(t, weight, (a, b) -> Math.min(a + b, 3.0));
            }
        }
    }

    /** Lower case, straight quotes, each run of whitespace one space; in one pass, as every fit needs it. */
    static String normalise(String text) {
        return normaliseLowercase(text.toLowerCase(Locale.ROOT));
    }

    private static String normaliseLowercase(String lower) {
        // Kept in step with holds(), which reads a lower-cased text as if normalised without building it.
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            out.append(c == '’' || c == '‘' ? '\'' : c == '“' || c == '”' ? '"' : c);
        }
        return out.toString().trim();
    }

    /**
     * One fit per scene, in outline order.
     *
     * @param cues the text's narrative cues when already known, or null
     */
    SceneFits fits(String text, List<NarrativeCues.Cue> cues) {
        List<String> found = Terms.of(text);
        Term[] terms = new Term[found.size()];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = lookup(found.get(k));
        }
        return fitsOfTerms(text, terms, terms.length, cues);
    }

    /**
     * The fits of a text whose terms are known: {@code terms[0, count)}, in text order, as {@link Terms#of} gives them
     * (each text one Term: the corpus's, a profile's or one of {@link #lookup}).
     *
     * @param cues the text's narrative cues when already known, or null
     */
    SceneFits fitsOfTerms(String text, Term[] terms, int count, List<NarrativeCues.Cue> cues) {
        return fitsOfTally(text, tally(terms, 0, count), cues != null ? cues : NarrativeCues.in(text));
    }

    /**
     * {@link #fitsOfTerms(String, Term[], int, List)} of a text whose phrase words are among {@code phraseWords}
     * (what {@link #phraseWordsIn} gives for a text holding each whole word of this one), so it is not read for them.
     */
    SceneFits fitsOfTerms(String text, Term[] terms, int count, List<NarrativeCues.Cue> cues, long phraseWords) {
        return fitsOfTally(text, tally(terms, 0, count), cues != null ? cues : NarrativeCues.in(text), phraseWords,
                true);
    }

    /** Which words of the phrases stand as whole words in the lower-cased text ({@link PhraseWords#in}). */
    long phraseWordsIn(String text) {
        return phraseWords.in(text);
    }

    /** The fits of passage {@code i}'s own text, from the terms and cues already found for it. */
    SceneFits fitsOfPassage(int i, String text) {
        Term[] terms = corpusTerms.terms(i);
        return fitsOfTally(text, tally(terms, 0, terms.length), corpusTerms.cues(i));
    }

    /** The fits of passage {@code i}'s spoken words (its text after the speaker label), read as far as known. */
    SceneFits fitsOfSpoken(int i, String spoken) {
        int from = corpusTerms.spokenTermsFrom(i);
        Term[] terms = corpusTerms.terms(i);
        return from < 0 ? fits(spoken, corpusTerms.spokenCues(i))
                : fitsOfTally(spoken, tally(terms, from, terms.length), corpusTerms.spokenCues(i));
    }

    /**
     * @param tally the text's terms in the order the cosine's sums and the ties between a reason's words follow
     */
    private SceneFits fitsOfTally(String text, TermTally tally, List<NarrativeCues.Cue> cues) {
        return fitsOfTally(text, tally, cues, 0, false);
    }

    /** @param wordsKnown whether {@code wordsInText} holds the phrase words the text may hold; else it is read */
    private SceneFits fitsOfTally(String text, TermTally tally, List<NarrativeCues.Cue> cues, long wordsInText,
                                  boolean wordsKnown) {
        Term[] terms = tally.terms;
        int[] tf = tally.counts;
        int[] slots = new int[terms.length];
        int[] inProfiles = new int[terms.length]; // the indexes of the terms some profile holds, in order
        int shared = 0;
        for (int k = 0; k < terms.length; k++) {
            slots[k] = slot(terms[k]);
            if (slots[k] >= 0) {
                inProfiles[shared++] = k;
            }
        }
        double[] v = new double[terms.length];
        int termCount = 0;
        for (int k = 0; k < terms.length; k++) {
            v[k] = tf[k] == 1 ? terms[k].idf : (1 + Math.log(tf[k])) * terms[k].idf; // log 1 is 0: the same
            termCount += tf[k];
        }
        double norm = Math.sqrt(sumOfSquares(v));
        String lower = null;
        char[] lowerChars = null; // read by holds(), see there
        boolean wordsRead = wordsKnown; // else read when the first scene with phrases is scored
        // Cosine flatters a three-word line that shares one word; short texts must earn it with phrases or cues.
        double shortness = Math.min(1.0, Math.sqrt(termCount / 4.0));
        double[] scores = new double[sceneCount];
        List<List<String>> phrasesFound = new ArrayList<>(sceneCount);
        String[] cueFound = new String[sceneCount];
        for (int i = 0; i < sceneCount; i++) {
            double dot = 0;
            for (int j = 0; j < shared; j++) {
                int k = inProfiles[j];
                double w = weights[slots[k]][i];
                if (!Double.isNaN(w)) {
                    dot += w * v[k];
                }
            }
            double score = norm == 0 || norms[i] == 0 ? 0 : dot / (norm * norms[i]) * shortness;
            List<String> found = List.of();
            for (Phrase ph : phrases[i]) {
                if (found.size() >= 3) {
                    break;
                }
                if (!wordsRead) {
                    wordsInText = phraseWords.in(text);
                    wordsRead = true;
                }
                if (!ph.mayBeAmong(wordsInText)) {
                    continue;
                }
                if (lower == null) {
                    lower = text.toLowerCase(Locale.ROOT);
                    lowerChars = lower.toCharArray();
                }
                if (ph.mayBeIn(lower) && holds(lower, lowerChars, ph)) {
                    score += PHRASE_BONUS;
                    found = found.isEmpty() ? new ArrayList<>() : found;
                    found.add(ph.text());
                }
            }
            phrasesFound.add(found);
            double position = sceneCount == 1 ? 0 : (double) i / (sceneCount - 1);
            for (int j = 0; j < cues.size(); j++) {
                NarrativeCues.Cue c = cues.get(j);
                double near = 1 - Math.abs(position - c.position()) * 4;
                if (near > 0) {
                    score += CUE_BONUS * near;
                    cueFound[i] = c.phrase();
                    break;
                }
            }
            scores[i] = score;
        }
        return new SceneFits(scores, terms, slots, v, phrasesFound, cueFound);
    }

    /**
     * The sum of the squares as {@code Arrays.stream(squares).sum()} gives it (compensated summation, the compensation
     * taken off at the end), without a stream per fit.
     */
    static double sumOfSquares(double[] v) {
        double sum = 0;
        double compensation = 0;
        double simple = 0;
        for (double x : v) {
            double square = x * x;
            double corrected = square - compensation;
            double next = sum + corrected;
            compensation = (next - sum) - corrected;
            sum = next;
            simple += square;
        }
        double total = sum - compensation;
        return Double.isNaN(total) && Double.isInfinite(simple) ? simple : total;
    }

    /**
     * Whether {@code normalise(text)} holds the phrase between non-letters, read on the lower-cased text as it is: a
     * space of the phrase matches a run of whitespace, a straight quote a curly one. (Normalising every text and
     * sentence only to look for a few phrases was a good part of the fits.) The text and the phrase are read as
     * char[]s, not by String.charAt and length (ADR 14).
     */
    private static boolean holds(String lower, char[] chars, Phrase ph) {
        char[] phrase = ph.chars();
        char first = phrase[0];
        if (first == '\'' || first == '"') {
            return containsPhrase(normaliseLowercase(lower), ph.text()); // rare: a phrase opening with a quote
        }
        for (int at = 0; at < chars.length; at++) {
            if (chars[at] != first || at > 0 && Character.isLetterOrDigit(chars[at - 1])) {
                continue;
            }
            int end = matchedEnd(chars, at, phrase);
            if (end >= 0 && (end == chars.length || !Character.isLetterOrDigit(chars[end]))) {
                return true;
            }
        }
        return false;
    }

    /** Where the phrase, read as normalised, ends when it starts at {@code at}; -1 when it does not. */
    private static int matchedEnd(char[] lower, int at, char[] phrase) {
        int i = at;
        for (int k = 0; k < phrase.length; k++) {
            char want = phrase[k];
            if (i >= lower.length) {
                return -1;
            }
            char c = lower[i];
            if (want == ' ') {
                if (!isSpace(c)) {
                    return -1;
                }
                while (i < lower.length && isSpace(lower[i])) {
                    i++;
                }
                continue;
            }
            char normalised = c == '’' || c == '‘' ? '\'' : c == '“' || c == '”' ? '"' : c;
            if (normalised != want) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** What {@code \\s} matches, and so what normalising turns into one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean containsPhrase(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }

    int size() {
        return sceneCount;
    }

    /**
     * How well one text fits each scene: the scores at once, each scene's reason ("words: …; phrase: …; cue: …") only
     * when asked, since most are never shown.
     */
    final class SceneFits {
        private final double[] scores;
        private final Term[] terms;
        private final int[] slots;
        private final double[] v;
        private final List<List<String>> phrasesFound;
        private final String[] cueFound;

        private SceneFits(double[] scores, Term[] terms, int[] slots, double[] v, List<List<String>> phrasesFound,
                          String[] cueFound) {
            this.scores = scores;
            this.terms = terms;
            this.slots = slots;
            this.v = v;
            this.phrasesFound = phrasesFound;
            this.cueFound = cueFound;
        }

        double score(int scene) {
            return scores[scene];
        }

        /** A copy of the scores, one per scene. */
        double[] scores() {
            return scores.clone();
        }

        /** Whether the reason is not empty: the text shares a word, a phrase or a cue with the scene. */
        boolean hasReason(int scene) {
            if (!phrasesFound.get(scene).isEmpty() || cueFound[scene] != null) {
                return true;
            }
            for (int slot : slots) {
                if (slot >= 0 && !Double.isNaN(weights[slot][scene])) {
                    return true;
                }
            }
            return false;
        }

        String reason(int scene) {
            List<Integer> shared = new ArrayList<>();
            for (int k = 0; k < terms.length; k++) {
                if (slots[k] >= 0 && !Double.isNaN(weights[slots[k]][scene])) {
                    shared.add(k);
                }
            }
            List<String> reasons = new ArrayList<>();
            if (!shared.isEmpty()) {
                shared.sort((a, b) -> Double.compare(weight(b, scene) * v[b], weight(a, scene) * v[a]));
                List<String> words = new ArrayList<>();
                for (int k : shared.subList(0, Math.min(4, shared.size()))) {
                    words.add(terms[k].text);
                }
                reasons.add("words: " + String.join(", ", words));
            }
            phrasesFound.get(scene).forEach(ph -> reasons.add("phrase: " + ph));
            if (cueFound[scene] != null) {
                reasons.add("cue: " + cueFound[scene]);
            }
            return String.join("; ", new LinkedHashSet<>(reasons));
        }

        private double weight(int k, int scene) {
            return weights[slots[k]][scene];
        }
    }
}
