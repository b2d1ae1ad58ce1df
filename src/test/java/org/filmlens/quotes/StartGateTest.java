package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** StartGate must give exactly the matches of a plain {@code Matcher.find()} loop, groups included. */
class StartGateTest {
    private static final String[] FRAGMENTS = {
        " ", "  ", "\n", "\t", ",", ", ", ".", ". ", "!", "?", "\u2026", "\"", "\u201c", "\u201d", "\u2019", "'", "-",
        "(", ")", ":", ";", "_", "1", "x", "says", "said", "Says", "say", "tells", "asked", "put it", "puts",
        "cuts to the chase", "reads", "he", "He", "she", "She", "her", "hers", "his", "himself", "the", "The",
        "the keeper", "the old man", "There", "As", "as", "has", "line", "lines from ", "words of ", "quote by",
        "Elias", "Brand", "Theodore", "Twombly", "O'Neil", "Mary-Jane", "plays", "played", "stars as", "voiced by",
        "\u00c9lise", "\u00e9t\u00e9", "e\u0301", "\u0301", "\u00df", "\u0130stanbul", "\u01c5ab", "\u2160",
        "\u24b6", "\ud835\udc00bc", "\ud835\udc1a", "\ud83d\ude00", "\ud800", "\udc00", "\u0416\u0430\u043d",
        "\u4e2d\u6587", "\u0627\u0644"
    };

    /** A pattern as used with StartGate, with a gate true at least where a match can start. */
    private record Case(String name, Pattern pattern, StartGate.CanStart gate) {}

    private static final StartGate.CanStart ANYWHERE = (text, p) -> true;

    private static final List<Case> CASES = List.of(
            new Case("cue verb", CueWords.VERB, CueWords.VERB_START),
            new Case("line of", CueWords.LINE_OF, CueWords.LINE_OF_START),
            new Case("capitalised words", Pattern.compile("\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,2}"),
                    StartGate.UPPERCASE),
            new Case("pronoun", Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself|He|His|She)\\b"),
                    StartGate.wordStartingWith(StartGate.firstLetters("he|him|his|himself|she|her|hers|herself|He|His|She"))),
            new Case("sentence end with lookahead", Pattern.compile("[.!?\\u2026][\\u201d\"\\u2019]?\\s+(?=[\\p{Lu}\\u201c\"])"),
                    (text, p) -> ".!?\u2026".indexOf(text.charAt(p)) >= 0),
            new Case("blank after a stop (lookbehind)", Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})"),
                    (text, p) -> Character.isWhitespace(text.charAt(p))),
            new Case("name at the end ($)", Pattern.compile("(\\p{Lu}[\\p{L}'\\-]*|he|she)(?:\\s+\\p{L}+ly)?\\s*$"),
                    (text, p) -> "hs".indexOf(text.charAt(p)) >= 0 || Character.isUpperCase(text.codePointAt(p))),
            new Case("start of text (^)", Pattern.compile("^\\s*(?:Then,?\\s+)?(\\p{Lu}\\p{L}*|he|she)\\b"), ANYWHERE),
            new Case("as at start or after a blank", Pattern.compile("(?:^|[\\s,;])[Aa]s\\s+(\\p{Lu}\\p{L}*)"),
                    (text, p) -> p == 0 || " \t\n\u000B\f\r,;".indexOf(text.charAt(p)) >= 0),
            new Case("overlapping candidates", Pattern.compile("(?:the\\s+)+the|hehe|he(?=he)"),
                    (text, p) -> "th".indexOf(text.charAt(p)) >= 0),
            new Case("empty matches", Pattern.compile("x*|\\b"), ANYWHERE));

    @Test
    void agreesWithFindOnManyGeneratedTexts() {
        Random random = new Random(20261123);
        for (int round = 0; round < 3_000; round++) {
            String text = generated(random, random.nextInt(25));
            for (Case c : CASES) {
                assertSame(c, text);
            }
        }
    }

    @Test
    void agreesWithFindFromAnyStartingPoint() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            String text = generated(random, 1 + random.nextInt(20));
            int from = random.nextInt(text.length() + 1);
            for (Case c : CASES) {
                Matcher plain = c.pattern().matcher(text);
                List<String> expected = new ArrayList<>();
                for (boolean found = plain.find(from); found; found = plain.find()) {
                    expected.add(describe(plain));
                }
                assertSameMatches(expected, gated(c, text, from), c.name() + " from " + from + " in " + visible(text));
            }
        }
    }

    @Test
    void agreesOnHandPickedEdges() {
        List<String> texts = List.of("", " ", "a", "A", "he", "He says", "says", "she said.", "The keeper says",
                "\ud835\udc00bc said", "\ud835\udc00bc", "x\ud835\udc00bc", "\ud83d\ude00He", "\udc00He\ud800",
                "hehehe", "the the the", "Mary. Then Elias said", "e\u0301says", "\u00e9says", "_says", "1says",
                "says\u0301", "As Elias", " as Elias explains", "words of Elias Brand: ", "lines from Theodore\n");
        for (String text : texts) {
            for (Case c : CASES) {
                assertSame(c, text);
            }
        }
    }

    @Test
    void agreesOnAVeryLongLine() {
        Random random = new Random(99);
        String text = generated(random, 40_000); // one line of ~250k chars
        for (Case c : CASES) {
            assertSame(c, text);
        }
    }

    @Test
    void firstLettersAreTheDistinctInitialsInOrder() {
        assertEquals("stap", StartGate.firstLetters("says|said|tells|asks|say|added|puts it"));
        assertEquals("x", StartGate.firstLetters("x"));
    }

    private static void assertSame(Case c, String text) {
        assertSameMatches(plain(c.pattern(), text), gated(c, text, 0), c.name() + " in " + visible(text));
    }

    /** Compares match lists, naming the first difference rather than printing lists of thousands. */
    private static void assertSameMatches(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", match " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ", number of matches (extra or missing: "
                + (expected.size() > actual.size() ? expected.subList(actual.size(), expected.size())
                        : actual.subList(expected.size(), actual.size())).stream().limit(5).toList() + ")");
    }

    private static List<String> plain(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    /** The loop callers write: find from a position, resume where find() would. */
    private static List<String> gated(Case c, String text, int from) {
        List<String> out = new ArrayList<>();
        Matcher m = c.pattern().matcher(text);
        for (int at = from; StartGate.find(m, text, at, c.gate()); at = StartGate.next(m)) {
            out.add(describe(m));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder sb = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append(" [").append(m.start(g)).append(',').append(m.end(g)).append(']');
        }
        return sb.toString();
    }

    private static String generated(Random random, int fragments) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fragments; i++) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }

    private static String visible(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().limit(200).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e) {
                sb.append(String.format("\\u{%x}", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(text.length() > 200 ? "...\"" : "\"").toString();
    }
}
