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
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // A break is the first white space after [.!?][”"’)]?, so only the ends of sentences are visited, found by
        // indexOf (scanning every character for white space was most of this).
        int dot = text.indexOf('.');
        int bang = text.indexOf('!');
        int question = text.indexOf('?');
        while (dot >= 0 || bang >= 0 || question >= 0) {
            int end = earliest(dot, earliest(bang, question));
            int i = breakAfter(text, end);
            if (i >= 0) {
                int next = i;
                while (next < n && isSpace(text.charAt(next))) {
                    next++;
                }
                if (startsSentence(text, next, rule)) {
                    out.add(new TextSpan(start, i));
                    start = next;
                }
            }
            if (end == dot) {
                dot = text.indexOf('.', end + 1);
            } else if (end == bang) {
                bang = text.indexOf('!', end + 1);
            } else {
                question = text.indexOf('?', end + 1);
            }
        }
        out.add(new TextSpan(start, n));
        return out;
    }

    /** The lesser of two offsets, -1 standing for none. */
    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * Where white space follows the sentence end at {@code end} (a '.', '!' or '?'), perhaps after one closing quote
     * or bracket; -1 when none does.
     */
    private static int breakAfter(String text, int end) {
        int at = end + 1;
        if (at < text.length() && isCloser(text.charAt(at))) {
            at++;
        }
        return at < text.length() && isSpace(text.charAt(at)) ? at : -1;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == ')';
    }

    /** Whether the rule's look-ahead matches at {@code at}. */
    private static boolean startsSentence(String text, int at, Rule rule) {
        if (at >= text.length()) {
            return false;
        }
        if (rule.openers.indexOf(text.charAt(at)) >= 0) {
            return at + 1 < text.length() && isStart(text.codePointAt(at + 1), rule);
        }
        return isStart(text.codePointAt(at), rule);
    }

    private static boolean isStart(int cp, Rule rule) {
        return rule.digits && cp >= '0' && cp <= '9' || Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
