package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordBeforeTest {
    @Test
    void findsTheWordBeforeTheEndAndWhetherASignLeadsIntoIt() {
        String text = "He met her. Then Samantha ";
        WordBefore.Found f = WordBefore.find(text.toCharArray(), 0, text.length());
        assertEquals("Samantha", text.substring(f.start(), f.end()));
        assertEquals(false, f.afterSign());
        String quoted = "the song “Samantha";
        assertNull(WordBefore.find(quoted.toCharArray(), 0, quoted.length()));
        String signed = "It ends. “Her ";
        WordBefore.Found s = WordBefore.find(signed.toCharArray(), 0, signed.length());
        assertEquals("“Her", signed.substring(s.start() - 1, s.end()));
        assertEquals(true, s.afterSign());
    }

    @Test
    void agreesWithTheRegexOnAwkwardWindows() {
        List<String> fixed = List.of("", " ", "a ", "a", "x. b ", "song “", "a b “\n", "a b “\r\n", "a \r\n",
                "a '\n", "word ' \n", "a\u2028", "a “\u2029", "a \n\n", "-- ’s ", ": a ", "]a ", "a \u0085",
                "\r\na ", "a “\r", "x \uD835\uDC9C ", "\uD835\uDC9Cb ");
        for (String t : fixed) {
            assertSame(t, 0, t.length());
        }
        char[] alphabet = {'a', 'B', 'é', '’', '\'', '-', ' ', ' ', '\t', '\n', '\r', '.', '!', '?', ':', ';', '"',
                '“', '‘', ']', ',', '1', '\u0085', '\u2028', '\u2029', '\u000B', '\f', '\u00A0'};
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            char[] cs = new char[random.nextInt(12)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String t = "Xy " + new String(cs);
            int from = random.nextInt(4);
            assertSame(t, from, t.length());
        }
    }

    private static void assertSame(String text, int from, int to) {
        Matcher m = WordBefore.REGEX.matcher(text.substring(from, to));
        WordBefore.Found f = WordBefore.find(text.toCharArray(), from, to);
        String expected = m.find() ? (from + m.start(2)) + "-" + (from + m.end(2)) + "/" + (m.group(1) != null) : null;
        String actual = f == null ? null : f.start() + "-" + f.end() + "/" + f.afterSign();
        assertEquals(expected, actual, () -> "window " + text.substring(from, to).replace("\n", "\\n")
                .replace("\r", "\\r"));
    }
}
