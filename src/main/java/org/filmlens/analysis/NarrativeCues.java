package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English phrases that place what a sentence describes in the film's running order ("as the film opens", "in the
 * third act", "the final scene"). A position is a fraction of the film, 0 the start and 1 the end.
 */
final class NarrativeCues {
    /** One cue found in a text: the phrase, the position it points to and where the sentence holding it lies. */
    record Cue(String phrase, double position, int sentenceStart, int sentenceEnd) {}

    private record Rule(Pattern pattern, double position) {}

    private static final String FILM = "(?:film|movie|story|picture)";
    private static final List<Rule> RULES = List.of(
            rule("\\[\\s*first lines?\\s*\\]|first lines", 0.0),
            rule("as the " + FILM + " (?:opens|begins|starts)|(?:at|in) the (?:very )?(?:beginning|start|opening)"
                    + "|the (?:beginning|start) of the " + FILM + "|opening (?:scene|shot|sequence|moments)"
                    + "|first scene|the " + FILM + " (?:opens|begins|starts) (?:with|on|as)|when (?:audiences|viewers|we)"
                    + " (?:are|is) (?:first )?introduced", 0.0),
            rule("early (?:on|in the " + FILM + ")|first act|first half|first hour", 0.2),
            rule("(?:in )?the middle of the " + FILM + "|midway|halfway|second act|midpoint", 0.5),
            rule("third act|second half|towards? the end|later in the " + FILM + "|climax|by the end|leading up to the end",
                    0.8),
            rule("\\[\\s*last lines?\\s*\\]|last lines|final (?:scene|shot|moments|few moments|image|sequence)"
                    + "|last scene|closing (?:scene|shot|moments)|the " + FILM + " ends|ends with|in the final", 1.0));

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private NarrativeCues() {
    }

    private static Rule rule(String regex, double position) {
        return new Rule(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
                position);
    }

    static List<Cue> in(String text) {
        List<Cue> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                int start = sentenceStart(text, m.start());
                int end = sentenceEnd(text, m.end());
                out.add(new Cue(m.group().toLowerCase(Locale.ROOT), r.position(), start, end));
            }
        }
        return out;
    }

    private static int sentenceStart(String text, int at) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.end() <= at) {
            start = m.end();
        }
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int sentenceEnd(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(at) ? m.end() : text.length();
    }
}
