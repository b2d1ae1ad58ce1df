package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cast's hand scans against the patterns and copies they stand in for, on random texts. */
class CastScansTest {
    private static final Set<String> NAMES = Set.of("Theodore", "Amy", "Ann", "A", "Sam", "Élise", "R2", "Ó");
    private static final String[] PIECES = {"Theodore", "Amy", "Ann", "Anna", "A", "Sam", "Élise", "R2", "Ó", "Twombly",
        "Adams", "Óscar", "O’Brien", "Jean-Luc", "the", "The", "and", "x", "2", " ", " ", " ", "  ", "\t", "\n", "-",
        "’", "'", ".", ",", "(", "é", "É", "İ", "K", "\u00A0"};

    @Test
    void wordAndNextFindsWhatTheRegexFinds() {
        CastFinder.FirstWords firstWords = new CastFinder.FirstWords(NAMES);
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String text = randomText(random, 10);
            List<String> mine = new ArrayList<>();
            CastFinder.forEachWordAndNext(text, firstWords, (a, b) -> mine.add(a + "|" + b));
            assertEquals(byRegex(text), mine, text);
        }
    }

    private static List<String> byRegex(String text) {
        Matcher m = CastFinder.WORD_AND_NEXT.matcher(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find(from)) {
            from = m.start(2);
            if (NAMES.contains(m.group(1))) {
                out.add(m.group(1) + "|" + m.group(2));
            }
        }
        return out;
    }

    @Test
    void castListGateNeverMissesWhatTheOldGateSaw() {
        Pattern starring = Pattern.compile("(?i:starring|co-starring|cast includes|cast of)");
        String[] pieces = {"starring", "STARRING", "Starrİng", "cast of", "CAST OF", "Cast Includes", "cast  of",
            "ſtarring", "star", "cast", " ", "x", "ring", "inc", "ludes", "o", "f"};
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean old = lower.contains("starring") || lower.contains("cast includes") || lower.contains("cast of");
            if (old || starring.matcher(text).find()) {
                assertTrue(CastEvidence.mayListCast(text), text);
            }
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(pieces); k > 0; k--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
