package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NarrativeCuesTest {
    private static final String[] PIECES = {"as", "the", "film", "movie", "story", "picture", "opens", "begins",
            "starts", "at", "in", "very", "beginning", "start", "opening", "of", "scene", "shot", "sequence", "moments",
            "first", "with", "on", "when", "audiences", "viewers", "we", "are", "is", "introduced", "early", "act",
            "half", "hour", "middle", "midway", "halfway", "second", "midpoint", "third", "towards", "toward", "end",
            "later", "climax", "by", "leading", "up", "to", "last", "lines", "line", "final", "few", "image", "closing",
            "ends", "[", "]", "[ ", " ]", "THE", "Final", "OPENS", "x", "é", "Ä", "1", "_", "re", "friends",
            "finally", "\u212A", "ſ", "\uD835\uDC00", "\uD835", "ending", "endings", "earlier", "climaxes", "opened",
            "startled", "beginnings", "halfways", "midpoints", "acts", "halves", "ended", "finale", "closings", "scenes",
            "introduces", "beginner", "starting", "openly", "linesé", "endé", "END", "Climax", "Lines", "\uD835\uDC00end"};
    private static final String[] GAPS = {" ", " ", " ", "", "  ", "\n", ". ", ", ", "-", "'", "’"};

    @Test
    void findsTheCuesOfPlainSentences() {
        List<NarrativeCues.Cue> cues = NarrativeCues.in("As the film opens, he writes. In the final scene they sit.");
        assertEquals(2, cues.size());
        assertEquals("as the film opens", cues.get(0).phrase());
        assertEquals("in the final", cues.get(1).phrase()); // the earliest match
        assertTrue(NarrativeCues.in("Her friends spend the weekend, finally.").isEmpty());
    }

    @Test
    void theGateKeepsOutWordsThatOnlyStartLikeACue() {
        assertEquals(0, NarrativeCues.mayMatch("The ending, finally, was earlier than the climaxes suggest."));
        assertEquals(1 << 4, NarrativeCues.mayMatch("Toward THE END, it rains."));
        assertEquals(0, NarrativeCues.mayMatch("Before it opened, she started; the beginner's lines."));
        assertEquals(1 << 1, NarrativeCues.mayMatch("At the START it rains."));
    }

    /** The gate never rules out a rule whose pattern matches: random texts over the patterns' words and others. */
    @Test
    void theGateNeverRulesOutAMatch() {
        List<Pattern> patterns = NarrativeCues.patterns();
        Random random = new Random(17);
        int matched = 0;
        for (int n = 0; n < 60_000; n++) {
            String text = randomText(random, GAPS, 12);
            int gate = NarrativeCues.mayMatch(text);
            for (int rule = 0; rule < patterns.size(); rule++) {
                if (patterns.get(rule).matcher(text).find()) {
                    matched++;
                    assertTrue((gate & 1 << rule) != 0, rule + ": " + text);
                }
            }
        }
        assertTrue(matched > 1000, "matched " + matched);
    }

    /** Every rule's pattern run over the whole text: the matches {@link NarrativeCues#in} must give, in order. */
    private static List<String> everyMatch(String text) {
        List<String> out = new ArrayList<>();
        List<Pattern> patterns = NarrativeCues.patterns();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.group().toLowerCase(Locale.ROOT) + "@" + m.start());
            }
        }
        return out;
    }

    /** Trying the patterns only before the required words finds what running them over the whole text does. */
    @Test
    void findsEveryMatchThePatternsFind() {
        String[] gaps = {" ", " ", " ", "", "  ", "\n", ". ", ", ", "-", "'", "’", " [ ", "]", "[", " \t ",
            " some words in between, then ", "[   \n  "};
        Random random = new Random(29);
        int cues = 0;
        for (int n = 0; n < 60_000; n++) {
            String text = randomText(random, gaps, 30);
            List<String> expected = everyMatch(text);
            List<String> found = new ArrayList<>();
            for (NarrativeCues.Cue c : NarrativeCues.in(text)) {
                found.add(c.phrase());
            }
            List<String> phrases = expected.stream().map(e -> e.substring(0, e.lastIndexOf('@'))).toList();
            assertEquals(phrases, found, text);
            cues += found.size();
        }
        assertTrue(cues > 10_000, "cues " + cues);
    }

    /**
     * Long paragraphs (a page cut into one line of thousands of words) full of the rules' words that are no cue:
     * the same matches as the patterns run over the whole text, where each word's search is bounded.
     */
    @Test
    void findsEveryMatchInLongTexts() {
        String wide = " ".repeat(100); // a bracket's white space longer than a match: "[first lines    ...   ]"
        String[] gaps = {" ", " ", " ", ". ", ", ", " [ ", "]", " \t ", "[   \n  ", "   ", wide, "[" + wide,
            wide + "]"};
        Random random = new Random(37);
        int cues = 0;
        for (int n = 0; n < 300; n++) {
            String text = randomText(random, gaps, 3000);
            List<String> expected = everyMatch(text).stream().map(e -> e.substring(0, e.lastIndexOf('@'))).toList();
            List<String> found = NarrativeCues.in(text).stream().map(NarrativeCues.Cue::phrase).toList();
            assertEquals(expected, found);
            cues += found.size();
        }
        assertTrue(cues > 10_000, "cues " + cues);
        String bracketed = "It ends. [first lines" + wide + "] and then [" + wide + "last line" + wide + "].";
        assertEquals(List.of("[first lines" + wide + "]", "[" + wide + "last line" + wide + "]"),
                NarrativeCues.in(bracketed).stream().map(NarrativeCues.Cue::phrase).toList().subList(0, 2));
    }

    /**
     * The gate read only at the places {@link NarrativeCues#startsIn} gives for each token (as the scenes stage reads
     * it while tokenising) finds the same cues as {@link NarrativeCues#in}: tokens cut as {@link Terms#tokenEnd} does,
     * over texts with hyphens, apostrophes, digits, letters outside ASCII and the BMP right before a cue's word.
     */
    @Test
    void theGateReadAtTokensFindsTheSameCues() {
        String[] gaps = {" ", " ", " ", "", "  ", "\n", ". ", ", ", "-", "'", "’", " [ ", "]", "[", "2", "3,5.",
            "é", "\uD835\uDC00", "_", "--", "'s "};
        Random random = new Random(31);
        int cues = 0;
        NarrativeCues.Gate gate = new NarrativeCues.Gate(); // one gate for every text, cleared as PassageTerms does
        for (int n = 0; n < 60_000; n++) {
            String text = randomText(random, gaps, 30);
            char[] chars = text.toCharArray();
            gate.clear(chars);
            for (int start = 0, end; start < text.length(); start = end) {
                end = Terms.tokenEnd(chars, start);
                if (end == start) {
                    end++;
                    continue;
                }
                int[] places = NarrativeCues.startsIn(text.substring(start, end));
                if (places != null) {
                    gate.token(start, places);
                }
            }
            List<NarrativeCues.Cue> expected = NarrativeCues.in(text);
            assertEquals(expected, gate.cues(text), text);
            cues += expected.size();
        }
        assertTrue(cues > 10_000, "cues " + cues);
    }

    @Test
    void aTokenGivesThePlacesWhereARequiredWordMayStand() {
        assertNull(NarrativeCues.startsIn("ending"));
        assertNull(NarrativeCues.startsIn("friends"));
        assertArrayEquals(new int[] {0}, NarrativeCues.startsIn("The"), "the end: read on");
        assertArrayEquals(new int[] {4}, NarrativeCues.startsIn("pre-climax"));
        assertArrayEquals(new int[] {0, 6}, NarrativeCues.startsIn("final-climax"));
        assertNull(NarrativeCues.startsIn("finale"));
    }

    @Test
    void noMatchHoldsItsFirstRequiredWordFurtherInThanTheLongestLead() {
        List<Pattern> patterns = NarrativeCues.patterns();
        String before = "(?<![\\p{L}])(?:";
        String after = ")(?![\\p{L}])";
        for (int rule = 0; rule < patterns.size(); rule++) {
            Pattern pattern = patterns.get(rule);
            String source = pattern.pattern();
            assertTrue(source.startsWith(before) && source.endsWith(after), source);
            List<String> matches = new Expansion(source.substring(before.length(), source.length() - after.length()))
                    .all();
            for (String match : matches) {
                assertTrue(pattern.matcher(match).matches(), match);
                // (Expansion writes "\\s*" as one space at most: a bracket's longer runs are searchEnd's to cross)
                assertTrue(match.length() <= NarrativeCues.LONGEST_MATCH, match);
                if (match.startsWith("[")) {
                    continue; // "[", white space and the word: searchStart steps back over those
                }
                int lead = NarrativeCues.nextHit(match.toCharArray(), rule, 0);
                assertTrue(lead >= 0 && lead <= NarrativeCues.LONGEST_LEAD, match + ": " + lead);
            }
        }
    }

    /**
     * Every string a cue pattern's regex matches, for the little of regex the patterns use: literals, escapes,
     * {@code (?:a|b)}, {@code ?} and {@code *} (taken as none or one: enough to reach every lead).
     */
    private static final class Expansion {
        private final String regex;
        private int at;

        Expansion(String regex) {
            this.regex = regex;
        }

        List<String> all() {
            List<String> out = alternatives();
            assertEquals(regex.length(), at, regex);
            return out;
        }

        private List<String> alternatives() {
            List<String> out = new ArrayList<>(sequence());
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                out.addAll(sequence());
            }
            return out;
        }

        private List<String> sequence() {
            List<String> out = List.of("");
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                List<String> atom = atom();
                if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*')) {
                    at++;
                    atom = new ArrayList<>(atom);
                    atom.add("");
                }
                List<String> joined = new ArrayList<>();
                for (String head : out) {
                    for (String tail : atom) {
                        joined.add(head + tail);
                    }
                }
                out = joined;
            }
            return out;
        }

        private List<String> atom() {
            char c = regex.charAt(at++);
            if (c == '(') {
                assertTrue(regex.startsWith("?:", at), regex);
                at += 2;
                List<String> inside = alternatives();
                assertEquals(')', regex.charAt(at++), regex);
                return inside;
            }
            if (c == '\\') {
                char escaped = regex.charAt(at++);
                return List.of(escaped == 's' ? " " : String.valueOf(escaped));
            }
            assertTrue(Character.isLetter(c) || c == ' ', regex + " at " + at);
            return List.of(String.valueOf(c));
        }
    }

    /** Up to {@code maxPieces} of the patterns' words and others, each followed by one of {@code gaps}. */
    private static String randomText(Random random, String[] gaps, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(maxPieces); k > 0; k--) {
            sb.append(PIECES[random.nextInt(PIECES.length)]).append(gaps[random.nextInt(gaps.length)]);
        }
        return sb.toString();
    }
}
