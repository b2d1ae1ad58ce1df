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
}
