package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.junit.jupiter.api.Test;

/**
 * The terms a passage's tokens are read into, and a sentence's terms taken from them with names blanked, are those
 * {@link Terms#of} gives for the texts themselves.
 */
class SentenceTermsTest {
    private static final String[] PIECES = {"Ned", "Ned's", "ned-like", "Sam", "Samantha", "the", "their", "films",
            "letters", "panicked", "don't", "it’s", "3.5", "1,000", "12,", "a", "I", "Ünal", "straße", "İstanbul",
            "\uD835\uDC00x", "-", "'", "’", ",", ".", "running", "Her", "her", "There", "K\u212Aelvin", "co-op", "x"};
    private static final String[] GAPS = {" ", " ", " ", "", ". ", ", ", "-", "'", "\n", "(", ")", "  "};

    private static String randomText(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words; k++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return sb.toString();
    }

    private static String[] texts(PassageTerms.Term[] terms, int from, int to) {
        String[] out = new String[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = terms[k].text;
        }
        return out;
    }

    @Test
    void passageAndSentenceTermsAreThoseOfTheTexts() {
        Random random = new Random(31);
        String[] texts = new String[300];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = randomText(random, 1 + random.nextInt(30));
        }
        Corpus corpus = TinyCorpus.of("Film", texts);
        List<Passage> passages = corpus.passages();
        PassageTerms terms = new PassageTerms(corpus, i -> i % 2 == 0);
        // scenes over most of the pieces' words, so that a sentence's wrong terms would change some scene's fit
        SceneMatcher matcher = new SceneMatcher(terms, List.of(new SceneOutline("a", "Ned runs", "letters", List.of()),
                new SceneOutline("b", "Samantha films", "panicked Sam", List.of()),
                new SceneOutline("c", "Straße in İstanbul", "co-op running", List.of()),
                new SceneOutline("d", "Their letters", "ned-like films 1,000", List.of())));
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            assertArrayEquals(Terms.of(text).toArray(), texts(terms.terms(i), 0, terms.terms(i).length), text);
            if (terms.termStarts(i) == null) {
                continue;
            }
            for (TextSpan s : SentenceSplitter.spans(text, SentenceSplitter.Rule.CAPITAL_OR_DIGIT)) {
                char[] blanked = text.substring(s.start(), s.end()).toCharArray();
                List<TextSpan> blanks = new ArrayList<>();
                for (int b = random.nextInt(3); b > 0 && blanked.length > 0; b--) {
                    int from = random.nextInt(blanked.length);
                    int to = Math.min(blanked.length, from + 1 + random.nextInt(6));
                    for (int c = from; c < to; c++) {
                        blanked[c] = ' ';
                    }
                    blanks.add(new TextSpan(from, to));
                }
                String sentence = new String(blanked);
                // as MentionPlacer does: the phrase words of the whole passage with the same stretches blanked
                char[] passageBlanked = text.toCharArray();
                for (TextSpan b : blanks) {
                    Arrays.fill(passageBlanked, s.start() + b.start(), s.start() + b.end(), ' ');
                }
                long passageWords = matcher.phraseWordsIn(new String(passageBlanked));
                SceneMatcher.SceneFits fast = new SentenceTerms(matcher, terms.terms(i), terms.termStarts(i),
                        text.toCharArray(), s.start(), s.end()).fits(sentence, blanks, null, passageWords);
                SceneMatcher.SceneFits slow = matcher.fits(sentence, null);
                for (int scene = 0; scene < matcher.size(); scene++) {
                    assertEquals(slow.score(scene), fast.score(scene), sentence);
                    assertEquals(slow.reason(scene), fast.reason(scene), sentence);
                }
            }
        }
    }
}
