package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenScanTest {
    private static List<String> scanned(TokenScan scan, String text) {
        List<String> out = new ArrayList<>();
        int count = scan.scan(text, (buf, len) -> out.add(new String(buf, 0, len)));
        assertEquals(out.size(), count);
        return out;
    }

    @Test
    void givesTheTokensContentWordsGives() {
        TokenScan scan = new TokenScan();
        for (String text : List.of("", "Ned's boat", "don't", "It ends. THE END!", "rock’n’roll", "'quoted'",
                "x' y", "a'", "Ünïcödé ÉCOLE", "2013 film", "İstanbul")) {
            assertEquals(ContentWords.tokens(text), scanned(scan, text), text);
        }
    }

    /** Random texts over letters, digits, apostrophes and other signs, some long enough to grow the buffer. */
    @Test
    void givesTheSameTokensOnRandomTexts() {
        String alphabet = "abcXYZ09 '’-.,éÉİß\n";
        Random random = new Random(3);
        TokenScan scan = new TokenScan();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(n % 100 == 0 ? 300 : 30);
            for (int k = 0; k < length; k++) {
                sb.append(n % 100 == 0 && k < 200 ? 'a' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(ContentWords.tokens(text), scanned(scan, text), text);
        }
    }
}
