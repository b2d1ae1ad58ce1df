package org.filmlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queries a user of this corpus could type, drawn from its own text with a fixed seed: single words, two words,
 * "quoted phrases" (adjacent words of one line), {@code a OR b} and {@code a -b}. Words are drawn by occurrence, so
 * common words come up as often as they would in real use, and every word and phrase occurs in the corpus.
 */
final class QueryMix {
    /** One query, with the literal strings a grep for it would look for (a conservative, easier scan). */
    record Query(String kind, String text, List<String> grepFor) {}

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']{3,}");
    private static final int FILES_SAMPLED = 20;

    private QueryMix() {}

    static List<Query> draw(CorpusFiles corpus, int count, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        List<Path> files = corpus.files();
        for (int i = 0; i < Math.min(FILES_SAMPLED, files.size()); i++) {
            Path f = files.get(rnd.nextInt(files.size()));
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String lower = line.toLowerCase(Locale.ROOT);
                Matcher m = WORD.matcher(lower);
                String previous = null;
                int previousEnd = -1;
                while (m.find()) {
                    words.add(m.group());
                    // only words with nothing but one space between them make a phrase
                    if (previous != null && m.start() == previousEnd + 1 && lower.charAt(previousEnd) == ' ') {
                        pairs.add(previous + " " + m.group());
                    }
                    previous = m.group();
                    previousEnd = m.end();
                }
            }
        }
        if (words.size() < 2 || pairs.isEmpty()) {
            throw new IOException(corpus.folder() + ": too little text to draw queries from");
        }
        List<Query> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String a = pick(words, rnd);
            String b = pick(words, rnd);
            switch (i % 10) {
                case 0, 1, 2 -> queries.add(new Query("word", a, List.of(a)));
                case 3, 4 -> queries.add(new Query("two words", a + " " + b, List.of(a)));
                case 5, 6 -> {
                    String p = pick(pairs, rnd);
                    queries.add(new Query("phrase", "\"" + p + "\"", List.of(p)));
                }
                case 7, 8 -> queries.add(new Query("or", a + " OR " + b, List.of(a, b)));
                default -> queries.add(new Query("exclusion", a + " -" + b, List.of(a)));
            }
        }
        return queries;
    }

    private static String pick(List<String> from, Random rnd) {
        return from.get(rnd.nextInt(from.size()));
    }
}
