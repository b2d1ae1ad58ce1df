package org.filmlens.annotations;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The words a fuzzy search compares a span and a passage by: the text lower-cased, cut into runs of letters and
 * digits (Unicode letters and numbers), each run of three characters or more. Read in one pass without a regular
 * expression, since every passage of a corpus is read this way when a span has to be found again fuzzily.
 */
final class SpanWords {
    private static final int MIN_LENGTH = 3;

    private SpanWords() {}

    /** Hands over each word of {@code text} in order, repeats included. */
    static void forEach(String text, Consumer<String> word) {
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (isWordChar(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                take(lower, start, i, word);
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            take(lower, start, lower.length(), word);
        }
    }

    private static void take(String lower, int start, int end, Consumer<String> word) {
        if (end - start >= MIN_LENGTH) {
            word.accept(lower.substring(start, end));
        }
    }

    /** Unicode's letters and numbers, as {@code \p{L}} and {@code \p{N}} match them. */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
