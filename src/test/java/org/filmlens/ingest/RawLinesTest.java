package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RawLines} finds line breaks with {@code indexOf}; its lines must be those of a plain scan. */
class RawLinesTest {
    @Test
    void breaksOnLfCrLfAndCrWithNoEmptyLineAfterAFinalBreak() {
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(""), lines("\n"));
        assertEquals(List.of("a", "b", "", "c"), lines("a\r\nb\r\rc\n"));
        assertEquals(List.of("a", "", "b"), lines("a\n\r\nb"));
        assertEquals(List.of("x\u2019y"), lines("x\u2019y\r"));
    }

    @Test
    void linesAreThoseOfAPlainScan() {
        Random random = new Random(8);
        char[] alphabet = {'a', ' ', '\n', '\r', '\u2019', 'é', '\n', '\t', '\u2003', '\u00a0'};
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(plainLines(s), lines(s), () -> "text " + s.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    private static List<String> lines(String text) {
        RawLines raw = RawLines.of(text);
        List<String> out = new ArrayList<>(raw);
        char[] chars = text.toCharArray();
        for (int i = 0; i < raw.size(); i++) {
            assertEquals(out.get(i).isBlank(), raw.isBlank(i));
            assertEquals(out.get(i).isBlank(), RawLines.isBlank(chars, raw.start(i), raw.end(i)));
        }
        return out;
    }

    /** Character by character: a line ends at \n, \r or \r\n; text after the last break is a line if not empty. */
    private static List<String> plainLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
