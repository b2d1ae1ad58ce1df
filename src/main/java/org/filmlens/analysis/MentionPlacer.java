package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The cast's mentions by the place of their passage in the corpus: which passages have mentions to place, and
     * whose. Flat arrays grouped by passage (a counting sort), not a list of records per passage id: at 100 MB the
     * 1.4 M mentions in half a million lists were about 90 MB, held through the whole scene stage.
     */
    static final class Mentions {
        /** Where each passage's mentions start in {@link #mention} and {@link #character}; one more at the end. */
        private final int[] from;
        private final Mention[] mention;
        private final String[] character;

        /**
         * @param indexOf each passage id's place in the corpus; a mention of a passage it does not hold is left out
         * @param passages how many passages the corpus holds
         */
        Mentions(List<FilmCharacter> cast, Map<String, Integer> indexOf, int passages) {
            int total = 0;
            for (FilmCharacter c : cast) {
                total += c.mentions().size();
            }
            int[] at = new int[total];
            from = new int[passages + 1];
            int n = 0;
            for (FilmCharacter c : cast) {
                String passage = null;
                int index = -1;
                for (Mention m : c.mentions()) {
                    // a character's mentions in one passage mostly come together: one look-up per run of them
                    if (!m.passageId().equals(passage)) {
                        passage = m.passageId();
                        Integer k = indexOf.get(passage);
                        index = k == null ? -1 : k;
                    }
                    at[n++] = index;
                    if (index >= 0) {
                        from[index + 1]++;
                    }
                }
            }
            for (int k = 0; k < passages; k++) {
                from[k + 1] += from[k];
            }
            mention = new Mention[from[passages]];
            character = new String[from[passages]];
            int[] next = Arrays.copyOf(from, passages);
            n = 0;
            for (FilmCharacter c : cast) { // in cast order, and each character's in its own order: the order placed
                for (Mention m : c.mentions()) {
                    int index = at[n++];
                    if (index >= 0) {
                        mention[next[index]] = m;
                        character[next[index]++] = c.name();
                    }
                }
            }
        }

        /** Whether the passage at this place in the corpus has mentions. */
        boolean in(int passage) {
            return from[passage + 1] > from[passage];
        }

        /** The passage's mentions are those from this number up to {@link #end}. */
        int first(int passage) {
            return from[passage];
        }

        int end(int passage) {
            return from[passage + 1];
        }

        /** The mentions from one number up to another, as a list that reads the array. */
        List<Mention> mentions(int first, int end) {
            return Arrays.asList(mention).subList(first, end);
        }

        Mention mention(int k) {
            return mention[k];
        }

        /** The name of the character the mention is of. */
        String character(int k) {
            return character[k];
        }
    }

    private record Best(int scene, double score, String reason) {}

    /** A sentence's fit once worked out to be none (a mention's search for the nearest fit asks again and again). */
    private static final Best NO_FIT = new Best(-1, 0, "");

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
        int first = byPassage.first(index);
        int end = byPassage.end(index);
        if (first == end) {
            return List.of();
        }
        // the passage's characters are read from one char[], not by String.charAt or substring (ADR 14)
        char[] chars = p.kind() == PassageKind.DIALOGUE ? null : p.text().toCharArray();
        List<TextSpan> sentences = chars == null ? List.of()
                : SentenceSplitter.spans(chars, SentenceSplitter.Rule.CAPITAL_OR_DIGIT);
        // each sentence's fit, worked out once when first asked for (NO_FIT when it places itself nowhere)
        Best[] fits = new Best[sentences.size()];
        SentenceContext context = sentences.size() < 2 ? null
                : new SentenceContext(p, chars, index, byPassage.mentions(first, end));
        List<Placement> out = new ArrayList<>();
        for (int k = first; k < end; k++) {
            Mention m = byPassage.mention(k);
            String character = byPassage.character(k);
            Best chosen = sentences.size() < 2 ? null : nearestFit(context, sentences, fits, m, passageScene,
                    passageScore);
            if (chosen != null) {
                out.add(new Placement(character, m, chosen.scene(), chosen.score(), chosen.reason()));
            } else if (passageScene >= 0) {
                out.add(new Placement(character, m, passageScene, passageScore, passageReason));
            }
        }
        return out;
    }

    /** The scene of the sentence nearest the mention that places itself (the earlier one on a tie), or null. */
    private Best nearestFit(SentenceContext p, List<TextSpan> sentences, Best[] fits, Mention m,
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
                if (fits[k] == null) {
                    Best fit = fitOf(p, sentences.get(k));
                    fits[k] = fit == null ? NO_FIT : fit;
                }
                Best b = fits[k];
                if (b == NO_FIT) {
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
    private Best fitOf(SentenceContext context, TextSpan s) {
        Passage p = context.passage;
        char[] text = Arrays.copyOfRange(context.chars, s.start(), s.end());
        List<TextSpan> blanks = new ArrayList<>();
        int[] names = context.names;
        // the names by where they start: those that start before the sentence ends and end inside it or after
        for (int k = context.firstNameEndingAfter(s.start()); k < names.length && names[k] < s.end(); k += 2) {
            int from = Math.max(0, names[k] - s.start());
            int to = Math.min(text.length, names[k + 1] - s.start());
            for (int i = from; i < to; i++) {
                text[i] = ' ';
            }
            if (from < to) {
                blanks.add(new TextSpan(from, to));
            }
        }
        String sentence = new String(text);
        SceneMatcher.SceneFits fits = context.starts == null ? matcher.fits(sentence, context.cuesOfSentences)
                : new SentenceTerms(matcher, context.terms, context.starts, context.chars, s.start(), s.end())
                        .fits(sentence, blanks, context.cuesOfSentences, context.phraseWords());
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
        /** The passage's characters. */
        final char[] chars;
        final PassageTerms.Term[] terms;
        /** Where the passage's terms start in its text; null when not kept, and then each sentence is tokenised. */
        final int[] starts;
        /**
         * Empty when the passage holds no cue: a sentence, a part of it with names blanked, then holds none either
         * (blanking can only open a cue's bracket, "[last lines]Corin", so a passage with '[' is read again); null
         * when each sentence must be read for cues.
         */
        final List<NarrativeCues.Cue> cuesOfSentences;

        /**
         * Where the passage's names are in its text, as start, end pairs ordered by start (a sentence's blanks in that
         * order: the order they are blanked in does not matter).
         */
        final int[] names;
        /** The greatest length of a name: a name ending after an offset starts at most this long before it. */
        private final int longestName;

        SentenceContext(Passage passage, char[] chars, int index, List<Mention> named) {
            this.passage = passage;
            this.chars = chars;
            long[] byStart = new long[named.size()];
            int longest = 0;
            for (int k = 0; k < byStart.length; k++) {
                Mention m = named.get(k);
                int from = m.start() - passage.start();
                int to = m.end() - passage.start();
                longest = Math.max(longest, to - from);
                byStart[k] = (long) from << 32 | (to & 0xFFFFFFFFL);
            }
            java.util.Arrays.sort(byStart);
            names = new int[2 * byStart.length];
            for (int k = 0; k < byStart.length; k++) {
                names[2 * k] = (int) (byStart[k] >> 32);
                names[2 * k + 1] = (int) byStart[k];
            }
            longestName = longest;
            terms = MentionPlacer.this.terms.terms(index);
            starts = MentionPlacer.this.terms.termStarts(index);
            cuesOfSentences = MentionPlacer.this.terms.cues(index).isEmpty() && passage.text().indexOf('[') < 0
                    ? List.of() : null;
        }

        private long phraseWords;
        private boolean phraseWordsRead;

        /**
         * The phrase words standing in the passage with all its names blanked, read once: a sentence of it with its
         * names blanked is a stretch of that text cut at white space, so its whole words are among them.
         */
        long phraseWords() {
            if (!phraseWordsRead) {
                char[] blanked = chars.clone();
                for (int k = 0; k < names.length; k += 2) {
                    for (int i = Math.max(0, names[k]); i < Math.min(blanked.length, names[k + 1]); i++) {
                        blanked[i] = ' ';
                    }
                }
                phraseWords = matcher.phraseWordsIn(new String(blanked));
                phraseWordsRead = true;
            }
            return phraseWords;
        }

        /**
         * The index in {@link #names} of the first name that may end after the offset: none before it does (names
         * start at least there, less the longest name's length).
         */
        int firstNameEndingAfter(int offset) {
            int lo = 0;
            int hi = names.length / 2;
            long bound = (long) offset - longestName;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names[2 * mid] <= bound) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return 2 * lo;
        }
    }
}
