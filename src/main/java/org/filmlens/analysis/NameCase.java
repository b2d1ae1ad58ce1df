package org.filmlens.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * Which words are names, learnt from how the corpus writes them: a word that prose capitalises in the middle of
 * sentences nearly every time is a name ("Ned"), one it writes in lower case too is not ("tide"). Title Case
 * headings hide this, so turning a heading into a sentence needs it.
 */
final class NameCase {
    /** Compiled once: these run for every word of every passage. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(".*[.!?:\"“”\\[]\\s*.*");
    private static final Pattern EDGE_SIGNS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private final Set<String> names;
    private final Set<String> titleWords;
    private final List<String> title;

    private NameCase(Set<String> names, List<String> title) {
        this.names = names;
        this.title = title;
        this.titleWords = Set.copyOf(title);
    }

    static NameCase of(Corpus corpus) {
        Map<String, int[]> counts = new HashMap<>(); // [capitalised mid-sentence, lower case]
        for (Passage p : corpus.passages()) {
            if (p.kind() == PassageKind.HEADING) {
                continue;
            }
            Matcher m = WORD.matcher(p.text());
            boolean sentenceStart = true;
            int last = 0;
            while (m.find()) {
                String gap = p.text().substring(last, m.start());
                if (last == 0 || SENTENCE_BREAK.matcher(gap).matches()) {
                    sentenceStart = true;
                }
                String w = m.group();
                String key = possessiveless(w).toLowerCase(Locale.ROOT);
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                if (Character.isLowerCase(w.charAt(0))) {
                    c[1]++;
                } else if (!sentenceStart) {
                    c[0]++;
                }
                sentenceStart = false;
                last = m.end();
            }
        }
        Set<String> names = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= 3 && c[1] * 5 <= c[0]) {
                names.add(w);
            }
        });
        String filmTitle = corpus.film() == null ? null : corpus.film().title();
        return new NameCase(names, filmTitle == null ? List.of() : ContentWords.tokens(filmTitle));
    }

    static NameCase of(Set<String> names, String filmTitle) {
        return new NameCase(Set.copyOf(names), ContentWords.tokens(filmTitle));
    }

    /** How many words from {@code from} on spell the film's title (0 when they do not). */
    int titleLengthAt(List<String> words, int from) {
        if (title.isEmpty() || from + title.size() > words.size()) {
            return 0;
        }
        for (int i = 0; i < title.size(); i++) {
            List<String> t = ContentWords.tokens(words.get(from + i));
            if (t.isEmpty() || !t.get(0).equals(title.get(i))) {
                return 0;
            }
        }
        return title.size();
    }

    boolean isName(String word) {
        return names.contains(possessiveless(word).toLowerCase(Locale.ROOT));
    }

    boolean isTitleWord(String word) {
        return titleWords.contains(possessiveless(word).toLowerCase(Locale.ROOT));
    }

    /** Lower case for a word in the middle of a sentence, unless it is a name or an acronym. */
    String inSentence(String word) {
        if (isName(word) || isAcronym(word)) {
            return word;
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static String possessiveless(String w) {
        return POSSESSIVE.matcher(EDGE_SIGNS.matcher(w).replaceAll("")).replaceAll("");
    }
}
