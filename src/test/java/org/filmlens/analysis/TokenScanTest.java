package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenScanTest {
    private static List<String> scanned(TokenScan scan, String text) {
        List<String> out = new ArrayList<>();
        int count = scan.scan(text, (buf, len) -> out.add(new String(buf, 0, len)));
        assertEquals(out.size(), count);
        return out;
    }

    @Test
    void lowerCasesRunsOfLettersAndDigitsAndDropsWhatFollowsAnApostrophe() {
        TokenScan scan = new TokenScan();
        assertEquals(List.of(), scanned(scan, ""));
        assertEquals(List.of("ned", "boat"), scanned(scan, "Ned's boat"));
        assertEquals(List.of("don"), scanned(scan, "don't"));
        assertEquals(List.of("it", "ends", "the", "end"), scanned(scan, "It ends. THE END!"));
        assertEquals(List.of("rock", "roll"), scanned(scan, "rock’n’roll"));
        assertEquals(List.of("quoted"), scanned(scan, "'quoted'"));
        assertEquals(List.of("x", "y"), scanned(scan, "x' y"));
        assertEquals(List.of("a"), scanned(scan, "a'"));
        assertEquals(List.of("ünïcödé", "école"), scanned(scan, "Ünïcödé ÉCOLE"));
        assertEquals(List.of("2013", "film"), scanned(scan, "2013 film"));
    }

    @Test
    void aWordLongerThanTheBufferComesWhole() {
        String longWord = "a".repeat(300);
        assertEquals(List.of(longWord, "b"), scanned(new TokenScan(), longWord + " b"));
        assertEquals(List.of(longWord, "b"), ContentWords.tokens(longWord + " B"));
    }

    /** The scan before its ASCII shortcut, character by character through {@link Character}: the reference. */
    private static List<String> byCharacterTables(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '’') && word.length() > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                out.add(word.toString());
                word.setLength(0);
                while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                }
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }

    @Test
    void givesTheTokensTheCharacterTablesGiveWithTheirStringHashes() {
        String chars = "aZ09 _-'’.,:;@[`{~\u007F\u00A0ÉéßİıΣσΩ\u212A\uD801\uDC00\uD835ǅ٣\n";
        java.util.Random random = new java.util.Random(5);
        TokenScan scan = new TokenScan();
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x300) : chars.charAt(random.nextInt(chars.length())));
            }
            String text = sb.toString();
            List<String> tokens = new ArrayList<>();
            scan.scan(text, new TokenScan.Sink() {
                @Override
                public void token(char[] buf, int len) {
                    throw new AssertionError("the hashed form is called");
                }

                @Override
                public void token(char[] buf, int len, int hash) {
                    String t = new String(buf, 0, len);
                    assertEquals(t.hashCode(), hash, t);
                    tokens.add(t);
                }
            });
            assertEquals(byCharacterTables(text), tokens, text);
        }
    }
}
