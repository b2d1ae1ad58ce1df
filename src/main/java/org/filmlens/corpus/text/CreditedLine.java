package org.filmlens.corpus.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a line that is one quotation credited to its speaker, as quote listicles write them:
 * {@code “I am yours and I'm not yours.” — Samantha}, {@code "Yes." - Theodore, Her (2013)},
 * {@code “Hello.” ― Amy (Amy Adams)} or {@code “Hello.” (Amy)}. The credit labels the line as {@code Name: line}
 * does on a quotes page ({@link DialogueLabel}). The quoted words are a line's: at least three words, not a title
 * ({@code “Her” — Spike Jonze}, {@code “Her” – Ending Explained} are no credited lines). Whether the credited name
 * is a character of the film is the caller's to decide. Positions are indices into the parsed line.
 *
 * @param label       the credited name, as written
 * @param spokenStart where the quoted words start, blanks inside the marks skipped
 * @param spokenEnd   where they end
 */
public record CreditedLine(String label, int spokenStart, int spokenEnd) {
    private static final int MIN_WORDS = 3;
    /** 1 to 4 capitalised words ("Theodore", "Mr. Lee", "The Director"). */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}'\u2019.\\-]*(?:[ ]\\p{Lu}[\\p{L}\\p{N}'\u2019.\\-]*){0,3}";
    private static final Pattern CREDITED = Pattern.compile(
            "([\u201c\"])([^\u201c\u201d\"]+)[\u201d\"][\\s.,!?\u2026]*(?:"
                    // the dash, and the name after it
                    + "(?:[\u2014\u2015\u2013~]|--?)[ ]?(" + NAME + ")"
                    // what may follow the name: where it comes from, or who plays them
                    + "(?:,[ ][^,()]{1,80}?(?:[ ]\\([^()]{1,40}\\))?|[ ]\\([^()]{1,80}\\))?[.]?"
                    // or the name in parentheses
                    + "|\\((" + NAME + ")\\)[.]?)");

    /** The line as a credited quotation, or empty. */
    public static Optional<CreditedLine> parse(String line) {
        if (line.isEmpty() || (line.charAt(0) != '\u201c' && line.charAt(0) != '"')) {
            return Optional.empty(); // the quotation opens the line: most lines are out at once
        }
        Matcher m = CREDITED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = m.start(2);
        int end = m.end(2);
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        String words = line.substring(start, end);
        if (wordCount(words) < MIN_WORDS || TitleShape.isTitleLike(words)) {
            return Optional.empty();
        }
        return Optional.of(new CreditedLine(m.group(3) != null ? m.group(3) : m.group(4), start, end));
    }

    /** Runs of letters or digits (an apostrophe inside a word does not split it). */
    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean part = Character.isLetterOrDigit(text.charAt(i))
                    || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019');
            if (part && !inWord) {
                words++;
            }
            inWord = part;
        }
        return words;
    }
}
