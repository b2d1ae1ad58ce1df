package org.filmlens.ingest;

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
        boolean stage = text.length() > 2 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']';
        return new Line(index, indent, text, bullet, numbered, speakerOf(text), stage);
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
     * The label of a dialogue-shaped line: one to four capitalised words, none a function word but a leading "The" (digits allowed, as in "OS1") followed by
     * a colon and more text. Returns null otherwise. A plain scan, so that long lines cost nothing.
     */
    static String speakerOf(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40 || colon + 2 >= text.length()) {
            return null;
        }
        String label = text.substring(0, colon).trim();
        if (label.isEmpty()) {
            return null;
        }
        String[] parts = label.split(" ");
        if (parts.length > 4) {
            return null;
        }
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            boolean leadingArticle = k == 0 && parts.length > 1 && p.equals("The");
            if (Words.isStopword(p.toLowerCase()) && !leadingArticle) {
                return null; // "Advice From The Past: ..." is a headline, not a speaker
            }
            if (p.isEmpty() || !(Character.isUpperCase(p.charAt(0)) || Character.isDigit(p.charAt(0)))) {
                return null;
            }
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-' || c == '\u2019')) {
                    return null;
                }
            }
        }
        return label;
    }
}
