package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the labelled lines of quotes pages: {@code Name : line}, {@code • Name: line}, and stage directions in square
 * brackets, either standing alone ({@code [ last lines ]}) or inside a line ({@code Theodore : [ laughs ] Okay.}).
 */
public final class DialogueLineParser {
    /** A label is a short run of capitalised words (or words with digits, as in "OS1"), then a colon. */
    private static final Pattern LABELLED = Pattern.compile(
            "^[\\s\\u2022\\-*\\u00b7]*((?:[\\p{Lu}\\d][\\p{L}\\d.'\\u2019\\-]*)(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.'\\u2019\\-]*){0,4})"
                    + "\\s?:\\s+(?=\\S)");
    private static final Pattern DIRECTION_ONLY = Pattern.compile("^[\\s\\u2022\\-*\\u00b7]*\\[([^\\]]*)\\]\\s*$");
    private static final String QUOTE_MARKS = "\"\u201c\u201d";

    /**
     * Parses {@code text}, which starts at {@code offset} in its source, or returns empty when it is not a dialogue
     * line.
     */
    public Optional<DialogueLine> parse(String text, int offset) {
        Matcher direction = DIRECTION_ONLY.matcher(text);
        if (direction.matches()) {
            return Optional.of(new DialogueLine(null, List.of(), direction.group(1).strip()));
        }
        Matcher m = LABELLED.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Span> spoken = spokenSegments(text, m.end(), offset);
        if (spoken.isEmpty()) { // "Theodore : [ laughs ]" speaks no words: a direction with a label
            return Optional.of(new DialogueLine(m.group(1), List.of(), directionText(text.substring(m.end()))));
        }
        return Optional.of(new DialogueLine(m.group(1), spoken, null));
    }

    private static String directionText(String rest) {
        return rest.replace("[", " ").replace("]", " ").strip();
    }

    /** The stretches between stage directions, trimmed of blanks and of quotation marks around the whole. */
    private static List<Span> spokenSegments(String text, int from, int offset) {
        List<Span> out = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n) {
            int open = text.indexOf('[', i);
            int segEnd = open < 0 ? n : open;
            addTrimmed(text, i, segEnd, offset, out);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(']', open);
            i = close < 0 ? n : close + 1;
        }
        return out;
    }

    private static void addTrimmed(String text, int start, int end, int offset, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s >= 2 && QUOTE_MARKS.indexOf(text.charAt(s)) >= 0 && QUOTE_MARKS.indexOf(text.charAt(e - 1)) >= 0) {
            s++;
            e--;
        }
        boolean hasWord = false;
        for (int k = s; k < e && !hasWord; k++) {
            hasWord = Character.isLetterOrDigit(text.charAt(k));
        }
        if (hasWord) {
            out.add(new Span(offset + s, offset + e));
        }
    }
}
