package org.filmlens.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises author lines: "By Jane Doe" (perhaps going on with a date or a role: "By Jane Doe · March 3, 2024"),
 * "Written by Jane Doe", "Posted by u/jane_doe", a forum handle, or a bare personal name. A personal name is two or
 * three capitalised words, none of them a function word or a word the dump also writes in lower case inside
 * ordinary prose (so "Recommended Reading" or "Script Download Links" are not names).
 */
final class Bylines {
    private static final String[] LEADS = {"written by ", "posted by ", "reviewed by ", "words by ", "by "};
    private static final String[] DATELINE_SEPARATORS = {" \u00b7 ", " \u2022 ", " | ", ", ", " - ", " \u2013 ",
        " \u2014 "};
    /** A byline with a date or a role after its name is at most this long. */
    static final int MAX_DATELINE_WORDS = 10;
    private static final Pattern FORUM_USER = Pattern.compile("u/([A-Za-z0-9_\\-]{3,20})(?![A-Za-z0-9_\\-])");

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
        for (String lead : LEADS) {
            if (t.regionMatches(true, 0, lead, 0, lead.length())) {
                String rest = t.substring(lead.length()).trim();
                Matcher user = FORUM_USER.matcher(rest);
                if (user.lookingAt()) {
                    return user.group(1); // a forum's user, as Reddit writes one: "u/name", then perhaps "· 5y ago"
                }
                // only a short line that is no sentence goes on with a date or a role: "By Christmas Eve, he's
                // gone." is prose
                rest = line.words() <= MAX_DATELINE_WORDS && !Shapes.endsSentence(t) ? beforeDateline(rest) : rest;
                return isPersonalName(rest, stats) ? rest : null;
            }
        }
        // a quotes page's heading over a speaker's lines ("Danny Kowalski", then "Danny Kowalski: …") is no byline
        return isPersonalName(t, stats) && !stats.labelsLines(t) ? t : null;
    }

    /**
     * A name alone on its line ("Elias Brand"), with no "By" or "Posted by" before it and no handle's shape: a byline
     * in a page's header, but a section's heading over a list of that character's lines on a quotes page.
     */
    static boolean isBareName(Line line) {
        String t = line.text();
        if (isHandle(t)) {
            return false;
        }
        for (String lead : LEADS) {
            if (t.regionMatches(true, 0, lead, 0, lead.length())) {
                return false;
            }
        }
        return true;
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

    /** "Posted by u/name", "u/name · 5y ago": a forum's poster, as Reddit writes one. */
    static boolean isForumPoster(String text) {
        return FORUM_USER.matcher(text).find();
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
