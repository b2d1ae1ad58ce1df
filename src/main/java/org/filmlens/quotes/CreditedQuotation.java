package org.filmlens.quotes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passage that is one quotation credited to its speaker after a dash, as quote listicles write them:
 * {@code “I am yours and I'm not yours.” — Samantha}, {@code "Yes." - Theodore, Her (2013)} or
 * {@code “Hello.” ― Amy (Amy Adams)}. The credit labels the line as {@code Name: line} does on a quotes page.
 */
public record CreditedQuotation(String label, Span spoken) {
    /** 1 to 4 capitalised words ("Theodore", "Mr. Lee", "The Director"). */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}'\u2019.\\-]*(?:[ ]\\p{Lu}[\\p{L}\\p{N}'\u2019.\\-]*){0,3}";
    private static final Pattern CREDITED = Pattern.compile(
            "([\u201c\"])([^\u201c\u201d\"]+)[\u201d\"][\\s.,!?\u2026]*"
                    // the dash, and the name after it
                    + "(?:[\u2014\u2015\u2013~]|--?)[ ]?(" + NAME + ")"
                    // what may follow the name: where it comes from, or who plays them
                    + "(?:,[ ][^,()]{1,80}?(?:[ ]\\([^()]{1,40}\\))?|[ ]\\([^()]{1,80}\\))?[.]?");

    private static final int MIN_WORDS = 3;

    /** The passage as a credited quotation, or empty; {@code offset}: where the passage starts in its source. */
    public static Optional<CreditedQuotation> parse(String text, int offset) {
        if (text.isEmpty() || (text.charAt(0) != '\u201c' && text.charAt(0) != '"')) {
            return Optional.empty(); // a credited quotation opens the passage: most passages are out at once
        }
        Matcher m = CREDITED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = m.start(2);
        int end = m.end(2);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String words = text.substring(start, end);
        if (MatchTokens.of(words).size() < MIN_WORDS || TitleShape.isTitleLike(words)) {
            return Optional.empty(); // “Her” — Spike Jonze is a title and its maker
        }
        return Optional.of(new CreditedQuotation(m.group(3), new Span(offset + start, offset + end)));
    }
}
