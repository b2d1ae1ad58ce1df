package org.filmlens.quotes;

import java.util.regex.Matcher;

/**
 * Runs a regex only where a match can start. {@code Matcher.find} tries the whole pattern at every position of a
 * text (for a word alternation, every alternative at every character); when the pattern's first character is known
 * to be, say, an uppercase letter, a plain character test skips the other positions. The matches are exactly those
 * {@code find} gives, in the same order: the skipped positions cannot start one, and each tried position runs the
 * same pattern with the text around it visible (transparent bounds).
 */
final class StartGate {
    /**
     * Whether a match of the pattern can start at {@code p} (true for at least every position that can). For a
     * pattern holding supplementary characters find() never starts inside a surrogate pair, so be false there.
     */
    interface CanStart {
        boolean test(String text, int p);

        /** The first position at or after {@code from} that passes {@link #test}, or the text's length. */
        default int next(String text, int from) {
            for (int p = from; p < text.length(); p++) {
                if (test(text, p)) {
                    return p;
                }
            }
            return text.length();
        }
    }

    /** The ASCII letters that can start a capitalised word ({@code \p{Lu}}): for gates' ASCII tables. */
    static final String UPPERCASE_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** A match can only start at an uppercase letter (a pattern starting with {@code \p{Lu}}). */
    static final CanStart UPPERCASE = sifted(UPPERCASE_ASCII,
            (text, p) -> Character.isUpperCase(text.codePointAt(p)));

    private StartGate() {
    }

    /** Matcher.find from {@code from}: the leftmost match at or after it; the matcher holds it when true. */
    static boolean find(Matcher m, String text, int from, CanStart canStart) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = canStart.next(text, from); p < text.length(); p = canStart.next(text, p + 1)) {
            m.region(p, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        // find() also tries the end of the text, where only an empty match fits and no character can be tested
        if (from <= text.length()) {
            m.region(text.length(), text.length());
            return m.lookingAt();
        }
        return false;
    }

    /** Where the next {@code find()} would resume after the match the matcher holds. */
    static int next(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }

    /** Starts a word (as {@code \b} before a letter) whose first letter is one of {@code firsts}. */
    static CanStart wordStartingWith(String firsts) {
        return sifted(firsts, (text, p) -> firsts.indexOf(text.charAt(p)) >= 0
                && (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1))));
    }

    /**
     * {@code test}, asked only where the character could start a match: an ASCII character not in
     * {@code asciiFirsts} is passed over by a table look-up, since {@code test} must be false there. Scanning a
     * paragraph then costs a load and a compare per character rather than a call to the test.
     */
    static CanStart sifted(String asciiFirsts, CanStart test) {
        return new Sifted(asciiFirsts, test);
    }

    private static final class Sifted implements CanStart {
        private final boolean[] ascii = new boolean[128];
        private final CanStart test;

        Sifted(String asciiFirsts, CanStart test) {
            for (int i = 0; i < asciiFirsts.length(); i++) {
                char c = asciiFirsts.charAt(i);
                if (c < 128) {
                    ascii[c] = true;
                }
            }
            this.test = test;
        }

        @Override
        public boolean test(String text, int p) {
            char c = text.charAt(p);
            return (c >= 128 || ascii[c]) && test.test(text, p);
        }

        @Override
        public int next(String text, int from) {
            int n = text.length();
            for (int p = from; p < n; p++) {
                char c = text.charAt(p);
                if ((c >= 128 || ascii[c]) && test.test(text, p)) {
                    return p;
                }
            }
            return n;
        }
    }

    /** The first letters of the words of a {@code a|b|c} alternation. */
    static String firstLetters(String alternation) {
        StringBuilder out = new StringBuilder();
        for (String word : alternation.split("\\|")) {
            if (out.indexOf(word.substring(0, 1)) < 0) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }
}
