package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * Which words are names, learnt from how the corpus writes them: a word that prose capitalises in the middle of
 * sentences nearly every time is a name ("Ned"), one it writes in lower case too is not ("tide"). Title Case
 * headings hide this, so turning a heading into a sentence needs it.
 */
final class NameCase {
    /** Compiled once: these run for every word asked about. */
    private static final Pattern EDGE_SIGNS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private final Set<String> names;
    private final Set<String> titleWords;
    private final List<String> title;

    private NameCase(Set<String> names, List<String> title) {
        this.names = names;
        this.title = title;
        this.titleWords = Set.copyOf(title);
    }

    /** Passages are counted in slices on all cores (counts add up the same in any order). */
    static NameCase of(Corpus corpus) {
        return of(corpus, List.of());
    }

    /**
     * As {@link #of(Corpus)}, and a word of a speaker's name is a name where the corpus capitalises it inside
     * sentences at least as often as it writes it in lower case: a character called Frank is named in a question
     * though the pages write "to be frank" too, while "Lead" of "OS1 Commercial Lead" stays a word.
     */
    static NameCase of(Corpus corpus, Collection<String> speakers) {
        List<Passage> passages = corpus.passages();
        List<Map<String, int[]>> counted = InOrder.chunks(passages.size(), (from, to) -> {
            Slice slice = new Slice();
            for (Passage p : passages.subList(from, to)) {
                if (p.kind() != PassageKind.HEADING) {
                    count(p.text(), slice);
                }
            }
            return slice.counts();
        });
        Map<String, int[]> counts = new HashMap<>();
        for (Map<String, int[]> slice : counted) {
            slice.forEach((w, c) -> counts.merge(w, c, (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}));
        }
        Set<String> names = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= 3 && c[1] * 5 <= c[0]) {
                names.add(w);
            }
        });
        for (String speaker : speakers) {
            for (String w : speaker.split(" ")) {
                String key = w.isEmpty() || NameShapes.isFunctionWord(w) ? null
                        : possessiveless(w).toLowerCase(Locale.ROOT);
                int[] c = key == null ? null : counts.get(key);
                if (c != null && Character.isUpperCase(w.charAt(0)) && c[0] >= Math.max(1, c[1])) {
                    names.add(key);
                }
            }
        }
        String filmTitle = corpus.film() == null ? null : corpus.film().title();
        return new NameCase(names, filmTitle == null ? List.of() : ContentWords.tokens(filmTitle));
    }

    /**
     * Counts the words of one text: a letter, then letters, apostrophes and hyphens (scanned by hand, not by regex).
     * A word starts a sentence when it is the first or the gap before it holds a sentence break. The text is read
     * from a copy in a char[], not by String.charAt (ADR 14).
     */
    private static void count(String text, Slice counts) {
        int n = text.length();
        char[] chars = counts.chars(n);
        text.getChars(0, n, chars, 0);
        int last = 0;
        boolean first = true;
        boolean sentenceStart = true;
        for (int at = 0; at < n; ) {
            int cp = Character.codePointAt(chars, at, n);
            if (!Character.isLetter(cp)) {
                at += Character.charCount(cp);
                continue;
            }
            int end = at + Character.charCount(cp);
            while (end < n) {
                int c = Character.codePointAt(chars, end, n);
                if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                    break;
                }
                end += Character.charCount(c);
            }
            if (first || hasSentenceBreak(chars, last, at)) {
                sentenceStart = true;
            }
            int[] c = counts.of(chars, at, end);
            if (Character.isLowerCase(chars[at])) {
                c[1]++;
            } else if (!sentenceStart) {
                c[0]++;
            }
            sentenceStart = false;
            first = false;
            last = end;
            at = end;
        }
    }

    /**
     * One slice's counts per word: [capitalised mid-sentence, lower case], by the word's number. A word is looked up
     * by its key's characters, so only a word's first occurrence in the slice makes a String.
     */
    private static final class Slice {
        private final TokenNumbers numbers = new TokenNumbers();
        private final List<int[]> counts = new ArrayList<>();
        private char[] buf = new char[64];
        private char[] text = new char[1024];

        /** A buffer of at least {@code length} chars for the text being counted. */
        char[] chars(int length) {
            if (text.length < length) {
                text = new char[Math.max(length, 2 * text.length)];
            }
            return text;
        }

        /** The counts of the word {@code text[start..end)}, keyed by {@link #keyEnd} and lower-cased. */
        int[] of(char[] text, int start, int end) {
            end = keyEnd(text, start, end);
            int len = end - start;
            if (buf.length < len) {
                buf = new char[Math.max(len, 2 * buf.length)];
            }
            int number = -1;
            int hash = 0;
            for (int i = 0; i < len; i++) {
                char ch = text[start + i];
                if (ch >= 0x80) { // lower-casing beyond ASCII may change the length: the String way
                    number = numbers.number(new String(text, start, len).toLowerCase(Locale.ROOT));
                    break;
                }
                char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
                buf[i] = lower;
                hash = 31 * hash + lower; // String.hashCode's, so the table need not read the key again
            }
            if (number < 0) {
                number = numbers.number(buf, len, hash);
            }
            if (number == counts.size()) { // a new word
                counts.add(new int[2]);
            }
            return counts.get(number);
        }

        Map<String, int[]> counts() {
            Map<String, int[]> out = new HashMap<>();
            for (int i = 0; i < counts.size(); i++) {
                out.put(numbers.token(i), counts.get(i));
            }
            return out;
        }
    }

    /**
     * Where a word's key ends: {@code text[start..keyEnd)} lower-cased is {@code possessiveless(word)} lower-cased,
     * for a word that starts with a letter.
     */
    private static int keyEnd(char[] text, int start, int end) {
        while (end > start && !Character.isLetter(Character.codePointBefore(text, end, start))) {
            end -= Character.charCount(Character.codePointBefore(text, end, start));
        }
        if (end - start >= 3 && text[end - 1] == 's' && (text[end - 2] == '\'' || text[end - 2] == '’')) {
            end -= 2;
        }
        return end;
    }

    /**
     * Whether the gap between two words breaks the sentence: it matches {@code .*[.!?:"“”\\[]\\s*.*} (the regex this
     * replaces, whose {@code .} stops at line breaks).
     */
    private static boolean hasSentenceBreak(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text[i];
            if (isLineBreak(ch)) {
                return false; // ".*" stops at a line break before any sign
            }
            if (".!?:\"“”[".indexOf(ch) >= 0) {
                int j = i + 1;
                while (j < to && " \t\n\u000B\f\r".indexOf(text[j]) >= 0) {
                    j++;
                }
                boolean rest = true;
                for (int k = j; k < to && rest; k++) {
                    rest = !isLineBreak(text[k]);
                }
                if (rest) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLineBreak(char ch) {
        return ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
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
