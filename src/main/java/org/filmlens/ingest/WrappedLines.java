package org.filmlens.ingest;

import java.util.regex.Pattern;

/**
 * Text broken into lines of at most a fixed width, as a browser's "save as text", {@code lynx -dump} or a mail
 * client writes a page: every paragraph spans several lines, each cut where the next word would not have fit. Read
 * line by line, each piece would be a passage of its own, cut mid-sentence, and a page's title or a search listing's
 * entry would not be known for one; joined again, each paragraph is one line, as a scraped dump writes it.
 *
 * <p>The width is recognised from the text itself: the longest lines, bar a few, end at one width, and most lines
 * that another line follows directly end within a word's length of it. A dump written one paragraph a line has
 * lines of every length, many far longer than any such width, and is left as it is.
 */
final class WrappedLines {
    static final int MIN_WIDTH = 50;
    static final int MAX_WIDTH = 120;
    /** How far short of the width a full line may end: the longest common word and its space. */
    private static final int SLACK = 16;
    /** Lines shorter than this are headings, labels and list items, whatever the width: they say nothing of it. */
    private static final int TEXT_LINE = 30;
    private static final int MIN_FULL_LINES = 8;
    /** A speaker's label opening a line: up to three capitalised words and a colon ("Cal Dorsey:", "NORA:"). */
    private static final Pattern LABEL =
            Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}:(?:\\s|$)");

    private final String text;
    private final RawLines raw;
    private final int width;

    private WrappedLines(String text, RawLines raw, int width) {
        this.text = text;
        this.raw = raw;
        this.width = width;
    }

    /** The text with each wrapped paragraph on one line; the text itself when it is not wrapped. */
    static String unwrap(String text, RawLines raw) {
        int width = widthOf(text, raw);
        return width == 0 ? text : new WrappedLines(text, raw, width).unwrapped();
    }

    /** The width {@code text} is wrapped at, or 0 when it is not wrapped. */
    static int widthOf(String text, RawLines raw) {
        int[] full = new int[MAX_WIDTH + 1]; // full[n]: lines of length n that another line follows directly
        int[] byLength = new int[MAX_WIDTH + 2]; // text lines by length; byLength[MAX_WIDTH + 1]: all longer ones
        int textLines = 0;
        for (int i = 0; i < raw.size(); i++) {
            int n = trimmedEnd(text, raw, i) - raw.start(i);
            if (n < TEXT_LINE) {
                continue;
            }
            textLines++;
            byLength[Math.min(n, MAX_WIDTH + 1)]++;
            if (n <= MAX_WIDTH && i + 1 < raw.size() && !raw.isBlank(i + 1)) {
                full[n]++;
            }
        }
        int allowed = Math.max(1, textLines / 50); // a long address, a word the wrapper could not break
        if (textLines < MIN_FULL_LINES || byLength[MAX_WIDTH + 1] > allowed) {
            return 0; // most dumps: many lines longer than any wrapping width
        }
        int widest = MAX_WIDTH;
        int over = byLength[MAX_WIDTH + 1];
        while (widest >= MIN_WIDTH && over + byLength[widest] <= allowed) {
            over += byLength[widest];
            widest--;
        }
        if (widest < MIN_WIDTH) {
            return 0;
        }
        int fullLines = 0;
        for (int n = Math.max(TEXT_LINE, widest - SLACK); n <= widest; n++) {
            fullLines += full[n];
        }
        // wrapped prose: most text lines end near the width and run on; short lines of any length do not
        return fullLines >= MIN_FULL_LINES && fullLines * 2 >= textLines ? widest : 0;
    }

    private String unwrapped() {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < raw.size(); i++) {
            b.append(text, raw.start(i), trimmedEnd(text, raw, i));
            while (i + 1 < raw.size() && continues(i, i + 1)) {
                i++;
                int from = firstNonSpace(i);
                boolean hyphenated = b.length() > 1 && b.charAt(b.length() - 1) == '-'
                        && Character.isLetter(b.charAt(b.length() - 2)) && Character.isLowerCase(text.charAt(from));
                if (!hyphenated) {
                    b.append(' ');
                }
                b.append(text, from, trimmedEnd(text, raw, i));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Whether line {@code next} carries on the paragraph of the line right above it: that line was full (the next
     * line's first word would not have fit on it), and the next line starts neither a list item nor a speaker's
     * line.
     */
    private boolean continues(int line, int next) {
        if (raw.isBlank(line) || raw.isBlank(next)) {
            return false;
        }
        int from = firstNonSpace(next);
        int to = trimmedEnd(text, raw, next);
        int wordEnd = from;
        while (wordEnd < to && !Character.isWhitespace(text.charAt(wordEnd))) {
            wordEnd++;
        }
        int length = trimmedEnd(text, raw, line) - raw.start(line);
        return length + 1 + (wordEnd - from) > width && !startsItem(from, wordEnd, to);
    }

    /** A bullet, a number ("3." "12)") or a speaker's label opens a line of its own. */
    private boolean startsItem(int from, int wordEnd, int to) {
        char c = text.charAt(from);
        if (wordEnd - from == 1 && "*•·>".indexOf(c) >= 0) {
            return true;
        }
        if (wordEnd - from == 1 && "-–—".indexOf(c) >= 0) {
            // a dash the wrapper put first ("… the girl I was\n- when you first …") carries the sentence on
            return wordEnd + 1 >= to || !Character.isLowerCase(text.charAt(wordEnd + 1));
        }
        int digits = from;
        while (digits < wordEnd && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > from && digits == wordEnd - 1 && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return true;
        }
        return Character.isUpperCase(c) && LABEL.matcher(text).region(from, Math.min(to, from + 60)).lookingAt();
    }

    private int firstNonSpace(int i) {
        int at = raw.start(i);
        while (at < raw.end(i) && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int trimmedEnd(String text, RawLines raw, int i) {
        int end = raw.end(i);
        while (end > raw.start(i) && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
