package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a line into the word keys that linking compares: case, punctuation, ellipses, curly quotes and stage
 * directions vanish; contractions are spelled out (heart's = heart is); the first person's number is folded
 * (I and we, me and us) so a changed pronoun still matches; a light suffix strip lets have/having meet.
 */
public final class MatchTokens {
    private static final Map<String, String[]> WHOLE_WORDS = Map.ofEntries(
            Map.entry("can't", new String[] {"can", "not"}),
            Map.entry("cannot", new String[] {"can", "not"}),
            Map.entry("won't", new String[] {"will", "not"}),
            Map.entry("ain't", new String[] {"is", "not"}),
            Map.entry("gonna", new String[] {"going", "to"}),
            Map.entry("wanna", new String[] {"want", "to"}),
            Map.entry("gotta", new String[] {"got", "to"}),
            Map.entry("cause", new String[] {"because"}),
            Map.entry("cuz", new String[] {"because"}),
            Map.entry("ok", new String[] {"okay"}),
            Map.entry("anybody", new String[] {"anyone"}),
            Map.entry("somebody", new String[] {"someone"}),
            Map.entry("everybody", new String[] {"everyone"}),
            Map.entry("nobody", new String[] {"noone"}),
            Map.entry("i", new String[] {"we"}),
            Map.entry("me", new String[] {"us"}),
            Map.entry("my", new String[] {"our"}),
            Map.entry("mine", new String[] {"ours"}),
            Map.entry("myself", new String[] {"ourselves"}));

    private static final int LONGEST_WHOLE_WORD = WHOLE_WORDS.keySet().stream().mapToInt(String::length).max()
            .orElse(0);

    /** Endings spelled out, each beside its full word. No word ends with two of them, so their order does not matter. */
    private static final String[] CLITICS = {"n't", "'re", "'m", "'ve", "'ll", "'d", "'s"};
    private static final String[] CLITIC_WORDS = {"not", "are", "am", "have", "will", "would", "is"};

    private MatchTokens() {
    }

    /** The keys of {@code text}, in order. */
    public static List<String> of(String text) {
        List<String> keys = new ArrayList<>();
        String s = lowered(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '[') { // a stage direction is not part of the words spoken
                int close = s.indexOf(']', i);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (!isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isLetterOrDigit(s.charAt(i))
                    || (s.charAt(i) == '\'' && i + 1 < n && Character.isLetter(s.charAt(i + 1))))) {
                i++;
            }
            addWord(s.substring(start, i), keys);
        }
        return keys;
    }

    /**
     * The text lower-cased ({@link Locale#ROOT}) with curly single quotes and backticks made straight. When every
     * character is ASCII or a curly single quote, lowering goes character by character, so one pass does it all.
     */
    static String lowered(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 && c != '\u2019' && c != '\u2018') {
                return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
            }
        }
        char[] out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\u2019' || c == '\u2018' || c == '`' ? '\'' : c;
            if (l != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = l;
            }
        }
        return out == null ? text : new String(out);
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII told by range tests. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static void addWord(String word, List<String> keys) {
        // no whole word is longer than "everybody": longer words skip the look-up (most words of a line)
        String[] whole = word.length() <= LONGEST_WHOLE_WORD ? WHOLE_WORDS.get(word) : null;
        if (whole != null) {
            for (String w : whole) {
                keys.add(stem(w));
            }
            return;
        }
        if (word.indexOf('\'') < 0) {
            keys.add(stem(word));
            return;
        }
        addSpelledOut(word, keys);
    }

    /**
     * A word with an apostrophe: its clitic spelled out, else the word without apostrophes. A method of its own,
     * not part of {@link #addWord}: at 100 MB C2 had stopped recompiling {@code addWord} (its recompilations
     * past the JVM's cut-off), so a word that ended the clitic walk unmatched ("rock'n'roll"), a path not seen
     * when it was compiled, threw the compiled line scan away each time it came (25,102 deoptimisations), where
     * a fresh method's first such trap recompiles it.
     */
    private static void addSpelledOut(String word, List<String> keys) {
        for (int c = 0; c < CLITICS.length; c++) {
            String suffix = CLITICS[c];
            if (word.endsWith(suffix) && word.length() > suffix.length()) {
                String head = word.substring(0, word.length() - suffix.length());
                addWord(head, keys);
                keys.add(CLITIC_WORDS[c]);
                return;
            }
        }
        keys.add(stem(word.replace("'", "")));
    }

    /** Strips the commonest inflections so "having" meets "have" and "loved" meets "love". */
    static String stem(String w) {
        int end = w.length(); // one substring at most, however many endings go
        if (end > 5 && w.endsWith("ing")) {
            end -= 3;
        } else if (end > 4 && w.endsWith("ed")) {
            end -= 2;
        } else if (end > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            end -= 1;
        }
        if (end > 3 && w.charAt(end - 1) == 'e') {
            end -= 1;
        }
        return end == w.length() ? w : w.substring(0, end);
    }
}
