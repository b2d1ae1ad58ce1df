package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences at the white space after a sentence's end (".", "!" or "?", perhaps then a closing quote
 * or bracket) when a sentence starts after it (good enough for articles; no abbreviations list). What may start a
 * sentence is the {@link Rule}'s: the two rules came with two features and each feature's results depend on its own,
 * so they stay two until an output change is wanted.
 */
final class SentenceSplitter {
    /** What may start a sentence after the white space. */
    enum Rule {
        /**
         * {@code (?<=[.!?][”"’)]?)\s+(?=["“(]?\p{Lu})}: a capital, perhaps after an opening quote or bracket. The
         * ending map's rule (facet sentences and final-scene sentences).
         */
        CAPITAL("\"“(", false),
        /**
         * {@code (?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[\p{Lu}\d])}: also a digit ("It ends. 2 years later ...") and after a
         * single opening quote. The rule mentions are placed by.
         */
        CAPITAL_OR_DIGIT("“\"‘(", true);

        private final String openers;
        private final boolean digits;

        Rule(String openers, boolean digits) {
            this.openers = openers;
            this.digits = digits;
        }
    }

    private SentenceSplitter() {}

    /** The sentences of {@code text} by the {@link Rule#CAPITAL} rule, stripped, blank ones left out. */
    static List<String> split(String text) {
        List<TextSpan> spans = spans(text, Rule.CAPITAL);
        if (spans.size() == 1) {
            return text.isBlank() ? List.of() : List.of(text.strip());
        }
        List<String> out = new ArrayList<>(spans.size());
        for (TextSpan s : spans) {
            String sentence = text.substring(s.start(), s.end());
            if (!sentence.isBlank()) {
                out.add(sentence.strip());
            }
        }
        return out;
    }

    /**
     * The text cut at each run of white space after a sentence's end before what the rule lets start a sentence, as
     * the rule's pattern would cut it, found by a scan (the regex was a tenth of placing mentions). The spans cover
     * the text but for the white space cut at.
     */
    static List<TextSpan> spans(String text, Rule rule) {
        return spans(text.toCharArray(), rule);
    }

    /**
     * {@link #spans(String, Rule)} of a text's characters, read as a char[], not by String.charAt (ADR 14).
     */
    static List<TextSpan> spans(char[] text, Rule rule) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        int n = text.length;
        // A break is the first white space after [.!?][”"’)]?, so only the ends of sentences are looked at
        for (int end = 0; end < n; end++) {
            char c = text[end];
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int i = breakAfter(text, end);
            if (i >= 0) {
                int next = i;
                while (next < n && isSpace(text[next])) {
                    next++;
                }
                if (startsSentence(text, next, rule)) {
                    out.add(new TextSpan(start, i));
                    start = next;
                }
            }
        }
        out.add(new TextSpan(start, n));
        return out;
    }

    /**
     * Where white space follows the sentence end at {@code end} (a '.', '!' or '?'), perhaps after one closing quote
     * or bracket; -1 when none does.
     */
    private static int breakAfter(char[] text, int end) {
        int at = end + 1;
        if (at < text.length && isCloser(text[at])) {
            at++;
        }
        return at < text.length && isSpace(text[at]) ? at : -1;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == ')';
    }

    /** Whether the rule's look-ahead matches at {@code at}. */
    private static boolean startsSentence(char[] text, int at, Rule rule) {
        if (at >= text.length) {
            return false;
        }
        if (rule.openers.indexOf(text[at]) >= 0) {
            return at + 1 < text.length && isStart(Character.codePointAt(text, at + 1), rule);
        }
        return isStart(Character.codePointAt(text, at), rule);
    }

    private static boolean isStart(int cp, Rule rule) {
        return rule.digits && cp >= '0' && cp <= '9' || Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
