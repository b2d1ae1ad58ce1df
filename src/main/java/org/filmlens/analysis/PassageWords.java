package org.filmlens.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * What the ending stage needs from the words of every passage in the corpus, read in one pass (split over the
 * cores, since passages are independent): how many words each passage has, and in how many passages each content
 * stem occurs (the document frequencies behind {@link TermVectors}).
 */
final class PassageWords {
    private final Map<String, Integer> wordCounts;
    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private PassageWords(Map<String, Integer> wordCounts, Map<String, Integer> documentFrequency, int documents) {
        this.wordCounts = wordCounts;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** No words read beforehand: every passage's words are counted when asked. */
    static PassageWords none() {
        return new PassageWords(Map.of(), Map.of(), 0);
    }

    /** @param titleWords the film title's words, which count as function words (every page says them) */
    static PassageWords of(Corpus corpus, Set<String> titleWords) {
        List<Passage> passages = corpus.passages();
        List<Chunk> done = InOrder.chunks(passages.size(),
                (from, to) -> new Chunk(titleWords).read(passages.subList(from, to)));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (Chunk c : done) {
            counts.putAll(c.wordCounts);
            c.documentFrequency.forEach((stem, n) -> df.merge(stem, n, Integer::sum));
        }
        return new PassageWords(counts, df, passages.size());
    }

    /** The number of {@link ContentWords#tokens} of a passage of the corpus. */
    int wordCount(Passage p) {
        Integer n = wordCounts.get(p.id());
        return n != null ? n : ContentWords.tokens(p.text()).size();
    }

    int documents() {
        return documents;
    }

    int documentFrequency(String stem) {
        return documentFrequency.getOrDefault(stem, 0);
    }

    /** One slice of the passages, read by one thread. */
    private static final class Chunk implements TokenScan.Sink {
        private final Set<String> titleWords;
        private final TokenScan scan = new TokenScan();
        /** the tokens met; by a token's number, its stem's number or -1 (no content word): each stemmed once */
        private final TokenNumbers tokens = new TokenNumbers();
        private int[] stemOf = new int[1024];
        /** how many tokens have their stem in stemOf: the next new token's number */
        private int stemmed;
        /** the passage being read, counted from 1 */
        private int number;
        /** the content stems met, numbered */
        private final TokenNumbers stems = new TokenNumbers();
        private int[] passagesWith = new int[1024];
        /** per stem, the last passage counted for it, so that a passage counts once however often it says it */
        private int[] lastPassage = new int[1024];
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private final Map<String, Integer> documentFrequency = new HashMap<>();

        Chunk(Set<String> titleWords) {
            this.titleWords = titleWords;
        }

        Chunk read(List<Passage> passages) {
            for (Passage p : passages) {
                number++;
                wordCounts.put(p.id(), scan.scan(p.text(), this));
            }
            for (int i = 0; i < stems.size(); i++) {
                documentFrequency.put(stems.token(i), passagesWith[i]);
            }
            return this;
        }

        /** One token of the passage being read: its stem counts once per passage. */
        @Override
        public void token(char[] buf, int len) {
            int token = tokens.number(buf, len);
            if (token == stemmed) { // new: numbers are given in order
                if (token == stemOf.length) {
                    stemOf = Arrays.copyOf(stemOf, 2 * token);
                }
                stemOf[token] = stemNumber(tokens.token(token));
                stemmed++;
            }
            int stem = stemOf[token];
            if (stem >= 0 && lastPassage[stem] != number) {
                lastPassage[stem] = number;
                passagesWith[stem]++;
            }
        }

        /** The number of the token's stem as {@link ContentWords#stems} gives it, or -1 when that drops the token. */
        private int stemNumber(String token) {
            boolean number = token.chars().allMatch(Character::isDigit);
            if (ContentWords.isStopWord(token) || titleWords.contains(token) || number) {
                return -1;
            }
            int stem = stems.number(ContentWords.stem(token));
            if (stem == passagesWith.length) {
                passagesWith = Arrays.copyOf(passagesWith, 2 * stem);
                lastPassage = Arrays.copyOf(lastPassage, 2 * stem);
            }
            return stem;
        }
    }
}
