package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * Decides which scene each mention of a character is about. A paragraph often runs over several scenes ("… she
 * leaves him. Later he and his friend sit on the roof."), so a mention belongs to the scene its own sentence fits,
 * or the nearest sentence that fits one; only when no sentence places itself does the passage's scene decide. A
 * sentence overrides the passage only when it fits its scene at least as well as the passage fits its own, since
 * short texts are noisier. Names are blanked before scoring: a name says who, not what happens.
 */
final class MentionPlacer {
    /** A character placed in a scene by one mention, with how sure and why. */
    record Placement(String character, Mention mention, int scene, double score, String reason) {}

    private final SceneMatcher matcher;
    private final PassageTerms terms;
    private final Mentions byPassage;

    private record Named(String character, Mention mention) {}

    /** The cast's mentions by passage id: which passages have mentions to place, and whose. */
    static final class Mentions {
        private final Map<String, List<Named>> byPassage = new HashMap<>();

        Mentions(List<FilmCharacter> cast) {
            for (FilmCharacter c : cast) {
                String passage = null;
                List<Named> ofPassage = null;
                for (Mention m : c.mentions()) {
                    // a character's mentions in one passage mostly come together: one look-up per run of them
                    if (!m.passageId().equals(passage)) {
                        passage = m.passageId();
                        ofPassage = byPassage.computeIfAbsent(passage, k -> new ArrayList<>());
                    }
                    ofPassage.add(new Named(c.name(), m));
                }
            }
        }

        boolean in(String passageId) {
            return byPassage.containsKey(passageId);
        }

        private List<Named> of(String passageId) {
            return byPassage.getOrDefault(passageId, List.of());
        }
    }

    record Span(int start, int end) {}

    private record Best(int scene, double score, String reason) {}

    MentionPlacer(SceneMatcher matcher, PassageTerms terms, Mentions mentions) {
        this.matcher = matcher;
        this.terms = terms;
        this.byPassage = mentions;
    }

    /**
     * @param passageScene the scene the whole passage fits best, or -1 when it fits none
     * @param passageScore how well it fits that scene
     */
    List<Placement> place(Passage p, int index, int passageScene, double passageScore, String passageReason) {
        List<Named> named = byPassage.of(p.id());
        if (named.isEmpty()) {
            return List.of();
        }
        List<Span> sentences = p.kind() == PassageKind.DIALOGUE ? List.of() : sentences(p.text());
        Map<Integer, Best> fits = new HashMap<>();
        SentenceContext context = sentences.size() < 2 ? null : new SentenceContext(p, index);
        List<Placement> out = new ArrayList<>();
        for (Named n : named) {
            Best chosen = sentences.size() < 2 ? null : nearestFit(context, named, sentences, fits, n.mention(),
                    passageScene, passageScore);
            if (chosen != null) {
                out.add(new Placement(n.character(), n.mention(), chosen.scene(), chosen.score(), chosen.reason()));
            } else if (passageScene >= 0) {
                out.add(new Placement(n.character(), n.mention(), passageScene, passageScore, passageReason));
            }
        }
        return out;
    }

    /** The scene of the sentence nearest the mention that places itself (the earlier one on a tie), or null. */
    private Best nearestFit(SentenceContext p, List<Named> named, List<Span> sentences, Map<Integer, Best> fits, Mention m,
                            int passageScene, double passageScore) {
        int at = m.start() - p.passage.start();
        int home = 0;
        while (home + 1 < sentences.size() && sentences.get(home + 1).start() <= at) {
            home++;
        }
        for (int d = 0; d < sentences.size(); d++) {
            for (int k : d == 0 ? new int[] {home} : new int[] {home - d, home + d}) {
                if (k < 0 || k >= sentences.size()) {
                    continue;
                }
                Best b = fits.computeIfAbsent(k, i -> fitOf(p, named, sentences.get(i)));
                if (b == null) {
                    continue;
                }
                // The nearest sentence that places itself decides; when it is weaker than the passage, the passage.
                return b.scene() == passageScene || b.score() >= passageScore
                        ? new Best(b.scene(), b.score(), "sentence: " + b.reason()) : null;
            }
        }
        return null;
    }

    /** The scene a sentence fits best, with every character's name in it blanked out; null below the threshold. */
    private Best fitOf(SentenceContext context, List<Named> named, Span s) {
        Passage p = context.passage;
        char[] text = p.text().substring(s.start(), s.end()).toCharArray();
        List<Span> blanks = new ArrayList<>();
        for (Named n : named) {
            int from = Math.max(0, n.mention().start() - p.start() - s.start());
            int to = Math.min(text.length, n.mention().end() - p.start() - s.start());
            for (int i = from; i < to; i++) {
                text[i] = ' ';
            }
            if (from < to) {
                blanks.add(new Span(from, to));
            }
        }
        String sentence = new String(text);
        SceneMatcher.SceneFits fits = context.starts == null ? matcher.fits(sentence, context.cuesOfSentences)
                : new SentenceTerms(matcher, context.terms, context.starts, p.text(), s.start(), s.end())
                        .fits(sentence, blanks, context.cuesOfSentences);
        int best = -1;
        for (int i = 0; i < matcher.size(); i++) {
            if (best < 0 || fits.score(i) > fits.score(best)) {
                best = i;
            }
        }
        return best < 0 || fits.score(best) < SceneLinker.THRESHOLD ? null
                : new Best(best, fits.score(best), fits.reason(best));
    }

    /** What the sentences of one passage share: its terms and where they are, and its cues when it has none. */
    private final class SentenceContext {
        final Passage passage;
        final PassageTerms.Term[] terms;
        /** Where the passage's terms start in its text; null when not kept, and then each sentence is tokenised. */
        final int[] starts;
        /**
         * Empty when the passage holds no cue: a sentence, a part of it with names blanked, then holds none either
         * (blanking can only open a cue's bracket, "[last lines]Corin", so a passage with '[' is read again); null
         * when each sentence must be read for cues.
         */
        final List<NarrativeCues.Cue> cuesOfSentences;

        SentenceContext(Passage passage, int index) {
            this.passage = passage;
            terms = MentionPlacer.this.terms.terms(index);
            starts = MentionPlacer.this.terms.termStarts(index);
            cuesOfSentences = MentionPlacer.this.terms.cues(index).isEmpty() && passage.text().indexOf('[') < 0
                    ? List.of() : null;
        }
    }

    /**
     * The text cut at each run of white space after a sentence's end (".", "!" or "?", perhaps then a closing quote or
     * bracket) before a capital or a digit (perhaps after an opening quote or bracket): where
     * {@code (?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[\p{Lu}\d])} matches, found by a scan (the regex was a tenth of
     * placing mentions).
     */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 1; i < n; i++) {
            if (!isSpace(text.charAt(i)) || !endsSentence(text, i)) {
                continue;
            }
            int next = i;
            while (next < n && isSpace(text.charAt(next))) {
                next++;
            }
            if (startsSentence(text, next)) {
                out.add(new Span(start, i));
                start = next;
            }
            i = next - 1;
        }
        out.add(new Span(start, n));
        return out;
    }

    /** Whether a sentence ends right before {@code at}: {@code [.!?][”"’)]?} ends there. */
    private static boolean endsSentence(String text, int at) {
        char before = text.charAt(at - 1);
        if (before == '.' || before == '!' || before == '?') {
            return true;
        }
        boolean closer = before == '”' || before == '"' || before == '’' || before == ')';
        char end = at >= 2 ? text.charAt(at - 2) : ' ';
        return closer && (end == '.' || end == '!' || end == '?');
    }

    /** Whether {@code [“"‘(]?[\p{Lu}\d]} matches at {@code at}. */
    private static boolean startsSentence(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '“' || c == '"' || c == '‘' || c == '(') {
            return at + 1 < text.length() && isCapitalOrDigit(text.codePointAt(at + 1));
        }
        return isCapitalOrDigit(text.codePointAt(at));
    }

    private static boolean isCapitalOrDigit(int cp) {
        return cp >= '0' && cp <= '9' || Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
