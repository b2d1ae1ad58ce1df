package org.filmlens.corpus.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a labelled line on a quotes page: {@code Name : line} or {@code • Name: line}, with stage directions in
 * square brackets inside the line ({@code Name : [ laughs ] Okay.}), or a bracketed direction standing alone
 * ({@code [ last lines ]}). An aside in parentheses may follow the name ({@code Samantha (V.O.): line},
 * {@code Amy (Amy Adams): line}); it is not part of the label. This is only the shape: which labels count as
 * speakers is for each caller to decide, with the word-level facts given here ({@link #capitalised()},
 * {@link #labelWords()}, the spacing around the colon). All positions are indices into the parsed line.
 *
 * @param label       the words before the colon, as written, or null for a line that is one stage direction
 * @param labelStart  where the label (or the opening bracket of a lone direction) starts, after blanks and bullets
 * @param labelEnd    the end of the label's last word (equal to labelStart for a lone direction)
 * @param asideEnd    the end of the aside in parentheses after the label, or labelEnd when there is none
 * @param colon       the index of the colon after the label, or -1 for a lone direction
 * @param spokenStart where the text after the colon starts, blanks skipped (the opening bracket of a lone direction)
 * @param spokenEnd   where that text ends, trailing blanks left out
 * @param spokenParts the stretches of words between stage directions, trimmed of blanks, empty ones left out
 * @param directions  the words inside each pair of brackets, trimmed
 * @param marker      "first lines", "last lines" and the like when the line speaks no words and its directions say
 *                    so; null otherwise
 */
public record DialogueLabel(String label, int labelStart, int labelEnd, int asideEnd, int colon, int spokenStart,
                            int spokenEnd,
                            List<Part> spokenParts, List<String> directions, String marker) {

    /** A stretch [start, end) of the parsed line. */
    public record Part(int start, int end) {}

    private static final String BULLETS = "\u2022\u25CF\u25AA\u25E6\u2023\u2043\u00B7*-\u2013";
    private static final int MAX_LABEL_WORDS = 5;
    private static final int MAX_ASIDE_CHARS = 40;
    private static final int MAX_ASIDE_WORDS = 4;
    private static final Pattern MARKER = Pattern.compile("(?i)(first|last|opening|closing) lines?");

    public DialogueLabel {
        spokenParts = List.copyOf(spokenParts);
        directions = List.copyOf(directions);
    }

    /**
     * Reads {@code line}, or returns empty when it is not labelled dialogue nor a lone stage direction. A label is one
     * to five words, each starting with a letter or digit and made of letters, digits and {@code . ' ’ -}, then
     * perhaps an aside in parentheses, then a colon and some text. A plain scan, so that long lines cost nothing.
     */
    public static Optional<DialogueLabel> parse(String line) {
        // the scans read a char[], not String.charAt (ADR 14: this method was compiled three times per ingest)
        char[] c = line.toCharArray();
        int n = c.length;
        int p = 0;
        while (p < n && (isBlank(c[p]) || BULLETS.indexOf(c[p]) >= 0)) {
            p++;
        }
        if (p < n && c[p] == '[') {
            return loneDirection(line, p);
        }
        int colon = line.indexOf(':', p);
        if (colon < 0) {
            return Optional.empty();
        }
        int words = 0;
        int labelEnd = p;
        int asideEnd = -1;
        int i = p;
        while (i < colon) {
            if (c[i] == '(' && words > 0) {
                asideEnd = asideEnd(c, i, colon);
                if (asideEnd < 0) {
                    return Optional.empty();
                }
                break;
            }
            if (!Character.isLetterOrDigit(c[i])) {
                return Optional.empty();
            }
            i++;
            while (i < colon && isWordChar(c[i])) {
                i++;
            }
            words++;
            labelEnd = i;
            while (i < colon && isBlank(c[i])) {
                i++;
            }
        }
        if (words == 0 || words > MAX_LABEL_WORDS) {
            return Optional.empty();
        }
        int spokenStart = colon + 1;
        while (spokenStart < n && isBlank(c[spokenStart])) {
            spokenStart++;
        }
        if (spokenStart == n) {
            return Optional.empty();
        }
        int spokenEnd = n;
        while (isBlank(c[spokenEnd - 1])) {
            spokenEnd--;
        }
        List<Part> parts = new ArrayList<>();
        List<String> directions = new ArrayList<>();
        splitAtDirections(line, spokenStart, parts, directions);
        String marker = markerOf(line, parts, directions);
        return Optional.of(new DialogueLabel(line.substring(p, labelEnd), p, labelEnd,
                asideEnd < 0 ? labelEnd : asideEnd, colon, spokenStart, spokenEnd, parts, directions, marker));
    }

    /**
     * The end of the aside opening at {@code open}: its ')' before the colon, only blanks after it; else -1. An aside
     * is a few words without digits ("V.O.", "to Amy", "Amy Adams"): "Arrival (2016): Ending Explained" or
     * "Update (May 3): …" is a headline, not a speaker's line.
     */
    private static int asideEnd(char[] c, int open, int colon) {
        int close = open + 1;
        int words = 0;
        while (close < colon && c[close] != ')' && c[close] != '(') {
            if (Character.isDigit(c[close]) || close - open > MAX_ASIDE_CHARS) {
                return -1;
            }
            if (!isBlank(c[close]) && (close == open + 1 || isBlank(c[close - 1]))) {
                words++;
            }
            close++;
        }
        if (close >= colon || c[close] != ')' || close == open + 1 || words > MAX_ASIDE_WORDS) {
            return -1;
        }
        for (int k = close + 1; k < colon; k++) {
            if (!isBlank(c[k])) {
                return -1;
            }
        }
        return close + 1;
    }

    /** A line that is nothing but {@code [ words ]}. */
    private static Optional<DialogueLabel> loneDirection(String line, int open) {
        int close = line.indexOf(']', open);
        if (close < 0) {
            return Optional.empty();
        }
        for (int k = close + 1; k < line.length(); k++) {
            if (!isBlank(line.charAt(k))) {
                return Optional.empty();
            }
        }
        List<String> directions = List.of(line.substring(open + 1, close).strip());
        return Optional.of(new DialogueLabel(null, open, open, open, -1, open, close + 1, List.of(), directions,
                markerOf(line, List.of(), directions)));
    }

    /** The words between brackets go to directions, the stretches around them to parts; an unclosed bracket ends it. */
    private static void splitAtDirections(String line, int from, List<Part> parts, List<String> directions) {
        int n = line.length();
        int i = from;
        while (i < n) {
            int open = line.indexOf('[', i);
            addTrimmed(line, i, open < 0 ? n : open, parts);
            if (open < 0) {
                break;
            }
            int close = line.indexOf(']', open);
            if (close < 0) {
                break;
            }
            directions.add(line.substring(open + 1, close).strip());
            i = close + 1;
        }
    }

    private static void addTrimmed(String line, int start, int end, List<Part> parts) {
        int s = start;
        int e = end;
        while (s < e && isBlank(line.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(line.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            parts.add(new Part(s, e));
        }
    }

    private static String markerOf(String line, List<Part> parts, List<String> directions) {
        for (Part part : parts) {
            for (int k = part.start(); k < part.end(); k++) {
                if (Character.isLetterOrDigit(line.charAt(k))) {
                    return null; // a line that speaks is not a marker, whatever its directions say
                }
            }
        }
        String said = String.join(" ", directions);
        return MARKER.matcher(said).matches() ? said : null;
    }

    public boolean isDirectionOnly() {
        return label == null;
    }

    /** The label's words, in order; empty for a lone direction. */
    public List<String> labelWords() {
        return label == null ? List.of() : Arrays.asList(label.split("\\s+"));
    }

    /**
     * Every word of the label starts with a capital letter or a digit ("OS1", "Mr. Lee"), but for a name's particles
     * between its words ("José de la Cruz", {@link NameParticles}).
     */
    public boolean capitalised() {
        return label != null && capitalised(labelWords());
    }

    /** {@link #capitalised()} of these words. */
    public static boolean capitalised(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = NameParticles.elided(words.get(k));
            char c = w.charAt(0);
            boolean inside = k > 0 && k < words.size() - 1;
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !(inside && NameParticles.is(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The label's words are separated by single spaces, as a name is written, not by runs of blanks or tabs: every
     * blank {@code \s} matches is a lone space (a scan, since callers ask it of every labelled line).
     */
    public boolean singleSpaced() {
        if (label == null) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (RegexSpace.is(c) && (c != ' ' || i + 1 < label.length() && RegexSpace.is(label.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** How many blanks stand between the label (or its aside) and its colon ("Name : line" has one). */
    public int blanksBeforeColon() {
        return label == null ? 0 : colon - asideEnd;
    }

    /** Whether a blank follows the colon ("Name: line", not "Name:line"). */
    public boolean blankAfterColon() {
        return label != null && spokenStart > colon + 1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-' || c == '\u2019';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
