package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[“\"‘(]?[\\p{Lu}\\d])");

    private final SceneMatcher matcher;
    private final PassageTerms terms;
    private final Map<String, List<Named>> byPassage = new HashMap<>();

    private record Named(String character, Mention mention) {}

    private record Span(int start, int end) {}

    private record Best(int scene, double score, String reason) {}

    MentionPlacer(SceneMatcher matcher, PassageTerms terms, List<FilmCharacter> cast) {
        this.matcher = matcher;
        this.terms = terms;
        for (FilmCharacter c : cast) {
            for (Mention m : c.mentions()) {
                byPassage.computeIfAbsent(m.passageId(), k -> new ArrayList<>()).add(new Named(c.name(), m));
            }
        }
    }

    /**
     * @param passageScene the scene the whole passage fits best, or -1 when it fits none
     * @param passageScore how well it fits that scene
     */
    List<Placement> place(Passage p, int index, int passageScene, double passageScore, String passageReason) {
        List<Named> named = byPassage.getOrDefault(p.id(), List.of());
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
        for (Named n : named) {
            int from = Math.max(0, n.mention().start() - p.start() - s.start());
            int to = Math.min(text.length, n.mention().end() - p.start() - s.start());
            for (int i = from; i < to; i++) {
                text[i] = ' ';
            }
        }
        SceneMatcher.SceneFits fits = matcher.fits(new String(text), context.terms, context.cuesOfSentences);
        int best = -1;
        for (int i = 0; i < matcher.size(); i++) {
            if (best < 0 || fits.score(i) > fits.score(best)) {
                best = i;
            }
        }
        return best < 0 || fits.score(best) < SceneLinker.THRESHOLD ? null
                : new Best(best, fits.score(best), fits.reason(best));
    }

    /** What the sentences of one passage share: its terms, and its cues when none can be in a sentence. */
    private final class SentenceContext {
        final Passage passage;
        final Map<String, PassageTerms.Term> terms = new HashMap<>();
        /**
         * Empty when the passage holds no cue: a sentence, a part of it with names blanked, then holds none either
         * (blanking can only open a cue's bracket, "[last lines]Corin", so a passage with '[' is read again); null
         * when each sentence must be read for cues.
         */
        final List<NarrativeCues.Cue> cuesOfSentences;

        SentenceContext(Passage passage, int index) {
            this.passage = passage;
            for (PassageTerms.Term t : MentionPlacer.this.terms.terms(index)) {
                terms.putIfAbsent(t.text, t);
            }
            cuesOfSentences = MentionPlacer.this.terms.cues(index).isEmpty() && passage.text().indexOf('[') < 0
                    ? List.of() : null;
        }
    }

    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new Span(start, m.start()));
            start = m.end();
        }
        out.add(new Span(start, text.length()));
        return out;
    }
}
