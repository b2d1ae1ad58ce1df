package org.filmlens.ingest;

import java.util.List;
import org.filmlens.corpus.text.DialogueLabel;

/**
 * One non-blank line of a page as read: its text without the list marker, whether it was a list item, and the
 * speaker label when it reads like {@code Name : line} or {@code Name: line}.
 *
 * @param index   position among the lines of the file (0-based), for stable ordering and reporting
 * @param indent  leading spaces in the raw line (indented lines of a search listing are snippets)
 * @param text    trimmed text, runs of white space collapsed, list marker removed
 * @param bullet  the line was an item of a bulleted list
 * @param numbered the line was an item of a numbered list ("3. ...")
 * @param speaker the label before the colon of a dialogue-shaped line, or null
 * @param stageDirection the whole line is a bracketed stage direction such as "[ laughs ]"
 */
record Line(int index, int indent, String text, boolean bullet, boolean numbered, String speaker,
            boolean stageDirection) {

    private static final String BULLETS = "\u2022\u25CF\u25AA\u25E6\u2023\u2043*-\u2013";

    static Line parse(int index, String raw) {
        int indent = 0;
        while (indent < raw.length() && (raw.charAt(indent) == ' ' || raw.charAt(indent) == '\t')) {
            indent++;
        }
        String text = collapse(raw.substring(indent));
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
        return new Line(index, indent, text, bullet, numbered, speakerOf(text), stageDirection(text));
    }

    int words() {
        return Words.wordCount(text);
    }

    boolean listItem() {
        return bullet || numbered;
    }

    /** Collapses runs of white space to one space and trims; no regex, linear in the line. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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

    /**
     * The label of a dialogue-shaped line, or null: the shared label shape at the very start of the line, and as
     * ingest reads speakers, at most four capitalised words (digits allowed, as in "OS1"), none a function word but a
     * leading "The", the colon within 40 characters and followed by more text.
     */
    private static String speakerOf(String text) {
        return DialogueLabel.parse(text)
                .filter(d -> !d.isDirectionOnly() && d.labelStart() == 0 && d.colon() <= 40
                        && d.colon() + 2 < text.length() && d.capitalised() && d.labelWords().size() <= 4
                        && !headline(d.labelWords()))
                .map(DialogueLabel::label)
                .orElse(null);
    }

    /** "Advice From The Past: ..." is a headline, not a speaker: it has function words. */
    private static boolean headline(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            boolean leadingArticle = k == 0 && words.size() > 1 && words.get(k).equals("The");
            if (Words.isStopword(words.get(k).toLowerCase()) && !leadingArticle) {
                return true;
            }
        }
        return false;
    }

    /** The whole line is one bracketed stage direction, such as "[ laughs ]". */
    private static boolean stageDirection(String text) {
        return DialogueLabel.parse(text).filter(d -> d.isDirectionOnly() && d.labelStart() == 0).isPresent();
    }
}
