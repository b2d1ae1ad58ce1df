package org.filmlens.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;

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
        private final TokenScan scan = new TokenScan();
        /** each distinct token's stem worked out once, the stems numbered */
        private final ContentStems stems;
        /** the passage being read, counted from 1 */
        private int number;
        /** by a stem's number, the passages that say it */
        private int[] passagesWith = new int[1024];
        /** per stem, the last passage counted for it, so that a passage counts once however often it says it */
        private int[] lastPassage = new int[1024];
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private final Map<String, Integer> documentFrequency = new HashMap<>();

        Chunk(Set<String> titleWords) {
            this.stems = new ContentStems(titleWords);
        }

        Chunk read(List<Passage> passages) {
            for (Passage p : passages) {
                number++;
                wordCounts.put(p.id(), scan.scan(p.text(), this));
            }
            for (int i = 0; i < stems.stemCount(); i++) {
                documentFrequency.put(stems.stem(i), passagesWith[i]);
            }
            return this;
        }

        /** One token of the passage being read: its stem counts once per passage. */
        @Override
        public void token(char[] buf, int len) {
            int stem = stems.stemNumber(buf, len);
            if (stem < 0) {
                return;
            }
            if (stem == passagesWith.length) { // stems are numbered in order, so one more at most
                passagesWith = Arrays.copyOf(passagesWith, 2 * stem);
                lastPassage = Arrays.copyOf(lastPassage, 2 * stem);
            }
            if (lastPassage[stem] != number) {
                lastPassage[stem] = number;
                passagesWith[stem]++;
            }
        }
    }
}
