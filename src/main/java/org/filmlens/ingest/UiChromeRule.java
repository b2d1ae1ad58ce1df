package org.filmlens.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.filmlens.corpus.text.EditorialLabels;

/**
 * Navigation and widget labels of web pages ("Text to speech", "More from this title", "About the Author",
 * "RELATED: ...", "More from X and Y"). Recognised by shape and by the vocabulary of web interfaces: a short line
 * made of interface words, a line that opens with an interface lead-in, or an upper-case label before a colon.
 */
final class UiChromeRule implements LineRule {
    /** Words of web interfaces (not of film writing). */
    static final Set<String> UI_WORDS = Set.of(
            "text", "speech", "member", "members", "subscribe", "subscriber", "newsletter", "sign", "login",
            "register", "account", "follow", "followed", "following", "share", "comment", "comments", "reply",
            "recommended", "related", "trending", "popular", "explore", "recently", "viewed", "contribute",
            "contributing", "author", "stories", "reading", "read", "menu", "home", "search", "advertisement",
            "ad", "ads", "sponsored", "cookie", "cookies", "privacy", "policy", "skip", "next", "previous", "top",
            "more", "click", "download", "app", "listen", "print", "bookmark", "notifications", "settings",
            "profile", "page", "title", "people", "latest", "newsletters", "podcast", "video", "videos",
            "gallery", "photos", "continue", "see", "also", "browse", "topics", "user", "reviews");

    /** Openings of link blocks and widgets; a line that starts so and stays short is not prose. */
    static final List<String> LEAD_INS = List.of(
            "more from", "more to explore", "more stories", "recommended", "related", "read more", "read next",
            "see also", "written by", "sign up", "subscribe", "follow us", "share this", "you may also like",
            "you might also like", "also read", "trending", "most popular", "most read", "up next",
            "advertisement", "sponsored", "continue reading", "keep reading", "people are reading",
            "about the author", "join the", "log in", "listen to", "watch next", "copyright", "all rights reserved",
            "privacy policy", "terms of use", "terms of service", "this page was last edited", "retrieved from",
            "jump to navigation", "jump to content", "skip to content", "skip to main content",
            "from wikipedia the free encyclopedia");

    static final int MAX_LEAD_IN_WORDS = 12;
    static final int MAX_UI_WORDS = 6;

    static final String NAME = "ui-chrome";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        return isChrome(line);
    }

    /** A post's age or state alone on its line: "11 yr. ago", "3y ago", "[deleted]". */
    private static final Pattern POST_STATE = Pattern.compile("(?i)\\d+\\s*(?:y|yr|yrs|years?|mo|months?|w|wks?|weeks?|"
            + "d|days?|h|hrs?|hours?|m|mins?|minutes?)\\.?\\s+ago|\\[(?:deleted|removed)]");

    /** The line reads as an interface's, whatever the dump around it. */
    static boolean isChrome(Line line) {
        return capsLabel(line.text()) || leadIn(line) || mostlyInterfaceWords(line) || linkTrail(line.text())
                || line.words() <= 4 && POST_STATE.matcher(line.text()).matches()
                || line.text().startsWith("Categories: ") // a wiki's footer, however many categories it lists
                || line.words() <= MAX_LEAD_IN_WORDS && mayBeCopyright(line.text())
                && COPYRIGHT.matcher(line.text()).find()
                || line.words() <= 5 && hasDigit(line.text()) && COUNTER.matcher(line.text()).matches()
                || isBareAddress(line.text());
    }

    /**
     * A full web address alone on its line: a list of references, a link the scraper printed as it was (a site's
     * name written as an address, "www.harbourtimes.co.uk" over its page, stays).
     */
    private static boolean isBareAddress(String t) {
        return (t.startsWith("http://") || t.startsWith("https://")) && t.indexOf(' ') < 0;
    }

    /** A count of what readers did, alone or after a share button: "1,204 likes", "Share · 412 votes", "3.2k views". */
    private static final Pattern COUNTER = Pattern.compile("(?i)(?:share\\s*[·•|]\\s*)?[\\d.,]+\\s*[km]?\\s+"
            + "(?:likes?|votes?|views?|upvotes?|points?|comments?|replies|shares?)");

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The copyright pattern's letters or sign are in the line: most lines have neither, and skip the regex. */
    private static boolean mayBeCopyright(String t) {
        return t.indexOf('©') >= 0 || t.indexOf("opyright") >= 0 || t.indexOf("OPYRIGHT") >= 0
                || t.indexOf("(c)") >= 0 || t.indexOf("(C)") >= 0 || t.indexOf("eserved") >= 0
                || t.indexOf("ESERVED") >= 0;
    }

    /** A site's footer: "© 2020 Reelhouse Media. All rights reserved.", "Copyright 2019 …". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}|©)"
            + "|\\ball rights reserved\\b");

    /** Separators of a menu on one line or a breadcrumb trail ("Home > Lists > Sci-Fi"). */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile(" (?:\\||>|›|»|/) ");
    static final int MAX_TRAIL_ITEM_WORDS = 3;

    /**
     * A menu written on one line or a breadcrumb trail: three or more short items between bars or arrows
     * ("Interviews | Festivals | Craft | Archive"). A page's title with its section and site after bars opens with
     * more words than an item has ("… review – a labyrinth with no exit | Film | The Meridian").
     */
    static boolean linkTrail(String text) {
        String[] items = TRAIL_SEPARATOR.split(text);
        if (items.length < 3) {
            return false;
        }
        boolean fromHome = items[0].strip().equalsIgnoreCase("home");
        int single = 0;
        for (int i = 0; i < items.length; i++) {
            String t = items[i].strip();
            int words = Words.wordCount(t);
            boolean lastOfTrail = fromHome && i == items.length - 1; // "Home › Movies › The Orchard Street Job"
            if (t.isEmpty() || words > MAX_TRAIL_ITEM_WORDS && !lastOfTrail || Shapes.endsSentence(t)) {
                return false;
            }
            single += words == 1 ? 1 : 0;
        }
        // most items one word, or a trail from "Home": names with bars between them are a cast, not a menu
        return single * 2 >= items.length || fromHome;
    }

    /**
     * "RELATED: Title", "MORE: Title": an upper-case label announcing a link (in any case for "Related: Title"). Not a script's cue before a spoken
     * sentence ("TEAGUE: Sentiment doesn't pay the tax, Frank."): a speaker who talks once on a page is no less a
     * speaker.
     */
    static boolean capsLabel(String text) {
        int colon = text.indexOf(':');
        if (!upperCaseBefore(text, colon)) {
            // "Related: 10 Movies With Endings …" in any case announces a link ("Review: …" may title the page)
            return colon > 0 && EditorialLabels.announcesLink(text.substring(0, colon))
                    && !EditorialLabels.spokenSentence(text.substring(colon + 1).strip());
        }
        // "CORRECTION: …" whatever follows; "PHOTO: Why would I lie?" is a character called Photo speaking
        return EditorialLabels.neverSpoken(text.substring(0, colon))
                || !EditorialLabels.spokenSentence(text.substring(colon + 1).strip());
    }

    private static boolean upperCaseBefore(String text, int colon) {
        if (colon < 3 || colon > 20) {
            return false;
        }
        char[] label = new char[colon]; // a char[], not charAt in the loop (ADR 14)
        text.getChars(0, colon, label, 0);
        boolean letters = false;
        for (char c : label) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    static boolean leadIn(Line line) {
        if (line.words() > MAX_LEAD_IN_WORDS) {
            return false;
        }
        String n = line.normalized();
        for (String lead : LEAD_INS) {
            if (n.startsWith(lead) && (n.length() == lead.length() || n.charAt(lead.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A short line where interface words are at least as many as the other content words. */
    static boolean mostlyInterfaceWords(Line line) {
        if (line.words() > MAX_UI_WORDS) {
            return false;
        }
        int ui = 0;
        int words = 0;
        int numbers = 0;
        Tokens tokens = line.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (UI_WORDS.contains(t)) {
                ui++;
            } else if (isNumber(t)) {
                numbers++;
            } else if (!Words.isStopword(t)) {
                words++;
            }
        }
        // "1,204 likes": a count beside interface words alone is the widget's; beside other words it is theirs
        return ui >= 1 && (words == 0 || ui >= words + numbers);
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
