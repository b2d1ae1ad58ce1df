package org.filmlens.ingest;

import java.util.Locale;

/**
 * Recognises author lines: "By Jane Doe", "Written by Jane Doe", "Posted by u/jane_doe", a forum handle, or a bare
 * personal name. A
 * personal name is two or three capitalised words, none of them a function word or a word the dump also writes in
 * lower case inside ordinary prose (so "Recommended Reading" or "Script Download Links" are not names).
 */
final class Bylines {
    private static final String[] LEADS = {"written by ", "posted by ", "by "};
    private static final String[] DATELINE_SEPARATORS = {" \u00b7 ", " | ", ", ", " - ", " \u2013 ", " \u2014 "};

    private Bylines() {
    }

    /** The author named by this line, or null when it is not a byline. */
    static String authorOf(Line line, DumpStats stats) {
        if (line.listItem() || line.speaker() != null) {
            return null;
        }
        String t = line.text();
        if (isHandle(t)) {
            return t;
        }
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        if (first != 'b' && first != 'B' && first != 'w' && first != 'W' && first != 'p' && first != 'P') {
            return isPersonalName(t, stats) ? t : null; // no lead-in: skip lower-casing the whole line
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String lead : LEADS) {
            if (lower.startsWith(lead)) {
                String rest = beforeDateline(t.substring(lead.length()).trim());
                if (rest.startsWith("u/") && isHandle(rest.substring(2))) {
                    return rest.substring(2); // a forum's user, as Reddit writes one
                }
                return isPersonalName(rest, stats) ? rest : null;
            }
        }
        return isPersonalName(t, stats) ? t : null;
    }

    /** "Dana Whit · March 3, 2024" → "Dana Whit": a byline often goes on with a date or a role after a separator. */
    private static String beforeDateline(String rest) {
        int cut = rest.length();
        for (String separator : DATELINE_SEPARATORS) {
            int at = rest.indexOf(separator);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return rest.substring(0, cut).trim();
    }

    /** Whether {@code text.split(" ")} has more than three parts: three spaces and no trailing one. */
    private static boolean moreThanThreeWords(String text) {
        if (text.charAt(text.length() - 1) == ' ') {
            return false; // trailing empty parts are dropped by the split: let it decide
        }
        int spaces = 0;
        for (int i = text.indexOf(' '); i >= 0 && spaces < 3; i = text.indexOf(' ', i + 1)) {
            spaces++;
        }
        return spaces >= 3;
    }

    /** A forum user name on its own line: one lower-case token joined by "_" or mixing letters and digits. */
    static boolean isHandle(String text) {
        if (text.isEmpty() || text.length() > 30 || text.indexOf(' ') >= 0) {
            return false;
        }
        boolean letter = false;
        boolean joiner = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || !(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
            letter |= Character.isLetter(c);
            joiner |= c == '_' || Character.isDigit(c);
        }
        return letter && joiner;
    }

    static boolean isPersonalName(String text, DumpStats stats) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || moreThanThreeWords(text)) {
            return false; // what the split below would find, without splitting every line
        }
        String[] parts = text.split(" ");
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
                return false;
            }
            char[] chars = p.toCharArray(); // not charAt in the loop (ADR 14)
            for (int i = 1; i < chars.length; i++) {
                char c = chars[i];
                if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '-' || c == '\u2019')) {
                    return false;
                }
            }
            String w = p.toLowerCase(Locale.ROOT).replace(".", "");
            if (Words.isStopword(w) || UiChromeRule.UI_WORDS.contains(w) || stats.seenLowercase(w)) {
                return false;
            }
        }
        return true;
    }
}
