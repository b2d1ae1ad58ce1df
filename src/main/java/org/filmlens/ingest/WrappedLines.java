package org.filmlens.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
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
    /** A word at least this long (an address) is one a wrapper leaves whole, however long it makes its line. */
    private static final int UNBREAKABLE = 30;
    /**
     * A speaker's label opening a line: a capitalised word, up to four more (lower-case ones too: "The Man at the
     * Diner"), a colon ("Cal Dorsey:", "NORA:").
     */
    private static final Pattern LABEL =
            Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(?: [\\p{L}.'’-]+){0,4}):(?:\\s|$)");

    private final String text;
    private final RawLines raw;
    private final int width;
    private Map<String, Integer> labelCounts;

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

    /**
     * The width {@code text} is wrapped at, or 0 when it is not wrapped. A line that ends in a word too long to break
     * (an address in a list of references) says nothing of the width and is not counted.
     */
    static int widthOf(String text, RawLines raw) {
        int[] runOn = new int[MAX_WIDTH + 1]; // runOn[n]: lines of length n that another line follows directly
        int[] midSentence = new int[MAX_WIDTH + 1]; // those of them that end inside a sentence
        int[] byLength = new int[MAX_WIDTH + 2]; // text lines by length; byLength[MAX_WIDTH + 1]: all longer ones
        int textLines = 0;
        for (int i = 0; i < raw.size(); i++) {
            int end = trimmedEnd(text, raw, i);
            int n = end - raw.start(i);
            if (n < TEXT_LINE || endsInUnbreakableWord(text, raw.start(i), end)) {
                continue;
            }
            textLines++;
            byLength[Math.min(n, MAX_WIDTH + 1)]++;
            if (n <= MAX_WIDTH && i + 1 < raw.size() && !raw.isBlank(i + 1)) {
                runOn[n]++;
                midSentence[n] += ".!?:\"”…".indexOf(text.charAt(end - 1)) < 0 ? 1 : 0;
            }
        }
        int allowed = Math.max(1, textLines / 50); // a word the wrapper could not break
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
        int full = 0;
        int fullMidSentence = 0;
        int longRunOn = 0; // lines another follows that are at least half the width: a short reply is not counted
        for (int n = widest / 2; n <= widest; n++) {
            longRunOn += runOn[n];
            if (n >= widest - SLACK) {
                full += runOn[n];
                fullMidSentence += midSentence[n];
            }
        }
        // wrapped prose: most long lines that run on end near the width, and most of those inside a sentence (a
        // list of one-line facts ends every line with its full stop)
        return full >= MIN_FULL_LINES && full * 2 >= longRunOn && fullMidSentence * 2 >= full ? widest : 0;
    }

    /** The line's last word is longer than any wrapper breaks a line for ("https://…/very/long/address"). */
    private static boolean endsInUnbreakableWord(String text, int start, int end) {
        int space = end - 1;
        while (space >= start && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        return end - space - 1 > UNBREAKABLE;
    }

    private String unwrapped() {
        StringBuilder b = new StringBuilder(text.length());
        String joined = join(b);
        // lynx numbers every link in the text ("[13]Danny Ruiz"), for its list of references: the text's, not the page's
        return LINK_NUMBER.matcher(joined).replaceAll("");
    }

    private static final Pattern LINK_NUMBER = Pattern.compile("\\[\\d{1,4}\\](?=[\\p{L}\\p{N}\"“‘'(])");

    private String join(StringBuilder b) {
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
        int end = trimmedEnd(text, raw, line);
        int length = end - raw.start(line);
        boolean sentenceEnded = ".!?”\"…".indexOf(text.charAt(end - 1)) >= 0;
        return length <= width && length + 1 + (wordEnd - from) > width
                && !startsItem(from, wordEnd, to, sentenceEnded);
    }

    /**
     * A bullet, a number ("3." "12)"; not a year, "1989."), a stage direction ("[Mae laughs]"; not a link's number,
     * "[5]") or a speaker's label opens a line of its own: a label the text uses more than once, or any after a
     * finished sentence.
     */
    private boolean startsItem(int from, int wordEnd, int to, boolean sentenceEnded) {
        char c = text.charAt(from);
        if (wordEnd - from == 1 && "*•·>".indexOf(c) >= 0) {
            return true;
        }
        if (c == '[' && from + 1 < to && Character.isLetter(text.charAt(from + 1))) {
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
        if (digits > from && digits - from <= 2 && digits == wordEnd - 1
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return true;
        }
        if (!Character.isUpperCase(c)) {
            return false;
        }
        Matcher label = LABEL.matcher(text).region(from, Math.min(to, from + 60));
        // a speaker who talks once opens a line after a finished sentence; "Film Comment:" mid-sentence does not
        return label.lookingAt() && (sentenceEnded || labels().getOrDefault(label.group(1), 0) >= 2);
    }

    /**
     * How many lines open with each label ("Mae Hollis:", "The Man at the Diner:"): a speaker's label comes back,
     * where "Film Comment:" opening a wrapped line of prose is there once. Counted on first need.
     */
    private Map<String, Integer> labels() {
        if (labelCounts == null) {
            labelCounts = new HashMap<>();
            for (int i = 0; i < raw.size(); i++) {
                int from = firstNonSpace(i);
                if (from < raw.end(i) && Character.isUpperCase(text.charAt(from))) {
                    Matcher m = LABEL.matcher(text).region(from, Math.min(raw.end(i), from + 60));
                    if (m.lookingAt()) {
                        labelCounts.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
        }
        return labelCounts;
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
