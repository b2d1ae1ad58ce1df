package org.filmlens.ingest;

import java.util.List;
import java.util.Optional;
import org.filmlens.corpus.text.CreditedLine;
import org.filmlens.corpus.text.DialogueLabel;
import org.filmlens.corpus.text.EditorialLabels;
import org.filmlens.corpus.text.NameParticles;

/**
 * One non-blank line of a page as read: its text without the list marker, whether it was a list item, and the
 * speaker label when it reads like {@code Name : line} or {@code Name: line}. Its word count, tokens, normalised
 * form and title case are worked out once and kept, since most cleaning rules look at the same line again.
 *
 * <ul>
 * <li>{@code index}: position among the lines of the file (0-based), for stable ordering and reporting</li>
 * <li>{@code indent}: leading spaces in the raw line (indented lines of a search listing are snippets)</li>
 * <li>{@code text}: trimmed text, runs of white space collapsed, list marker removed</li>
 * <li>{@code bullet}, {@code numbered}: the line was an item of a bulleted or numbered ("3. ...") list</li>
 * <li>{@code speaker}: the label before the colon of a dialogue-shaped line, or null</li>
 * <li>{@code stageDirection}: the whole line is a bracketed stage direction such as "[ laughs ]"</li>
 * </ul>
 */
final class Line {
    private static final String BULLETS = "\u2022\u25CF\u25AA\u25E6\u2023\u2043*-\u2013";

    private final int index;
    private final int indent;
    private final String text;
    private final boolean bullet;
    private final boolean numbered;
    private final String speaker;
    private final boolean stageDirection;
    private final int words;
    /** Worked out on first use and kept: every rule asks again for the same line. */
    private Tokens tokens;
    private String normalized;
    private Boolean titleCase;
    private Boolean credited;

    Line(int index, int indent, String text, boolean bullet, boolean numbered, String speaker,
         boolean stageDirection) {
        this.index = index;
        this.indent = indent;
        this.text = text;
        this.bullet = bullet;
        this.numbered = numbered;
        this.speaker = speaker;
        this.stageDirection = stageDirection;
        this.words = collapsedWordCount(text);
    }

    /**
     * {@link Words#wordCount} of a collapsed text (what {@link #parse} makes: no white space but single spaces
     * between other characters), where every space ends a word: the spaces are counted by {@code indexOf}, which
     * is much cheaper than testing every character for white space.
     */
    static int collapsedWordCount(String collapsed) {
        if (collapsed.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int sp = collapsed.indexOf(' '); sp >= 0; sp = collapsed.indexOf(' ', sp + 1)) {
            words++;
        }
        return words;
    }

    static Line parse(int index, String raw) {
        return parse(index, raw, raw.toCharArray(), 0, raw.length());
    }

    /**
     * The line that is {@code text}'s stretch [start, end); {@code chars} holds the text's characters (the whole
     * dump's, copied once), which the scans read instead of calling {@code String.charAt} on every character
     * (ADR 14).
     */
    static Line parse(int index, String text, char[] chars, int start, int end) {
        int from = start;
        while (from < end && (chars[from] == ' ' || chars[from] == '\t')) {
            from++;
        }
        return parse(index, from - start, collapse(text, chars, from, end));
    }

    private static Line parse(int index, int indent, String collapsed) {
        String text = collapsed;
        boolean bullet = false;
        boolean numbered = false;
        if (text.length() > 1 && BULLETS.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') {
            bullet = true;
            text = text.substring(2).trim();
        } else {
            int d = 0;
            while (d < text.length() && d < 3 && Character.isDigit(text.charAt(d))) {
                d++;
            }
            if (d > 0 && d + 1 < text.length() && (text.charAt(d) == '.' || text.charAt(d) == ')')
                    && text.charAt(d + 1) == ' ') {
                numbered = true;
                text = text.substring(d + 2).trim();
            }
        }
        // a label needs a colon and a lone direction a bracket: most lines have neither, and skip the parse
        Optional<DialogueLabel> label = text.indexOf(':') >= 0 || text.indexOf('[') >= 0
                ? DialogueLabel.parse(text) : Optional.empty();
        return new Line(index, indent, text, bullet, numbered, speakerOf(text, label), stageDirection(label));
    }

    int index() {
        return index;
    }

    int indent() {
        return indent;
    }

    String text() {
        return text;
    }

    boolean bullet() {
        return bullet;
    }

    boolean numbered() {
        return numbered;
    }

    String speaker() {
        return speaker;
    }

    boolean stageDirection() {
        return stageDirection;
    }

    /** White-space separated words, counted once. */
    int words() {
        return words;
    }

    /** The line's word tokens, found once. */
    Tokens tokens() {
        return tokens(null);
    }

    /** {@link #tokens()}, found (when not yet found) with the dump's token table. */
    Tokens tokens(DumpTokens table) {
        if (tokens == null) {
            tokens = Tokens.of(text, table);
        }
        return tokens;
    }

    /** {@link Words#normalize} of the text, computed once. */
    String normalized() {
        if (normalized == null) {
            normalized = tokens().normalized();
        }
        return normalized;
    }

    /** {@link Shapes#isTitleCase} of the text, computed once. */
    boolean titleCase() {
        if (titleCase == null) {
            titleCase = Shapes.isTitleCase(text, tokens());
        }
        return titleCase;
    }

    /** The line is one quotation credited to its speaker ({@link CreditedLine}), as quote listicles write them. */
    boolean credited() {
        if (credited == null) {
            credited = CreditedLine.parse(text).isPresent();
        }
        return credited;
    }

    @Override
    public String toString() {
        return "Line[" + index + ": " + text + "]";
    }

    boolean listItem() {
        return bullet || numbered;
    }

    /** Collapses runs of white space to one space and trims; no regex, linear in the line. */
    static String collapse(String s) {
        return collapse(s, s.toCharArray(), 0, s.length());
    }

    /**
     * {@link #collapse(String)} of the stretch [from, to) of {@code s}, whose characters {@code chars} holds; a
     * stretch already collapsed is cut out.
     */
    static String collapse(String s, char[] chars, int from, int to) {
        if (isCollapsed(chars, from, to)) {
            return from == 0 && to == s.length() ? s : s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** No white space but single plain spaces between other characters. */
    private static boolean isCollapsed(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c > ' ' && c < 0x7f) {
                continue; // printable ASCII, most of any text: neither a space nor other white space
            }
            if (c == ' ') {
                if (i == from || i == to - 1 || s[i + 1] == ' ') {
                    return false;
                }
            } else if (c == '\u00A0' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The label of a dialogue-shaped line, or null: the shared label shape at the very start of the line, and as
     * ingest reads speakers, at most four capitalised words (digits allowed, as in "OS1"), none a function word but a
     * leading "The", the colon within 40 characters and followed by more text.
     */
    private static String speakerOf(String text, Optional<DialogueLabel> label) {
        return label
                .filter(d -> !d.isDirectionOnly() && d.labelStart() == 0 && d.colon() <= 40
                        && d.colon() + 2 < text.length() && speakerWords(d.label())
                        && !EditorialLabels.labelsNote(d.label(), text.substring(d.spokenStart(), d.spokenEnd())))
                .map(DialogueLabel::label)
                .orElse(null);
    }

    /**
     * {@link DialogueLabel#capitalised()}, at most four words and not {@link #headline}: on a collapsed line the
     * label's words are separated by single spaces, so a plain split gives {@link DialogueLabel#labelWords()}.
     */
    private static boolean speakerWords(String label) {
        List<String> words = List.of(label.split(" "));
        return words.size() <= 4 && DialogueLabel.capitalised(words) && !headline(words);
    }

    /** "Advice From The Past: ..." is a headline, not a speaker: it has function words. */
    private static boolean headline(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            boolean leadingArticle = k == 0 && words.size() > 1 && words.get(k).equals("The");
            if (Words.isStopword(words.get(k).toLowerCase()) && !leadingArticle && !NameParticles.is(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The whole line is one bracketed stage direction, such as "[ laughs ]". */
    private static boolean stageDirection(Optional<DialogueLabel> label) {
        return label.filter(d -> d.isDirectionOnly() && d.labelStart() == 0).isPresent();
    }
}
