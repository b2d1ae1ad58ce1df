package org.filmlens.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
        int chunks = Math.max(1, Math.min(passages.size() / 500, 4 * Runtime.getRuntime().availableProcessors()));
        List<Chunk> done = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> new Chunk(titleWords).read(
                        passages.subList(c * passages.size() / chunks, (c + 1) * passages.size() / chunks)))
                .toList();
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
    private static final class Chunk {
        private final Set<String> titleWords;
        /** token to stem, or to "" when the token is no content word: most tokens recur, so each is stemmed once */
        private final Map<String, String> stemOf = new HashMap<>();
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private final Map<String, Integer> documentFrequency = new HashMap<>();

        Chunk(Set<String> titleWords) {
            this.titleWords = titleWords;
        }

        Chunk read(List<Passage> passages) {
            Set<String> distinct = new HashSet<>();
            for (Passage p : passages) {
                List<String> tokens = ContentWords.tokens(p.text());
                wordCounts.put(p.id(), tokens.size());
                distinct.clear();
                for (String t : tokens) {
                    String stem = stemOf.computeIfAbsent(t, this::contentStem);
                    if (!stem.isEmpty()) {
                        distinct.add(stem);
                    }
                }
                distinct.forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
            }
            return this;
        }

        /** The token's stem as {@link ContentWords#stems} gives it, or "" when that drops the token. */
        private String contentStem(String token) {
            boolean number = token.chars().allMatch(Character::isDigit);
            if (ContentWords.isStopWord(token) || titleWords.contains(token) || number) {
                return "";
            }
            return ContentWords.stem(token);
        }
    }
}
