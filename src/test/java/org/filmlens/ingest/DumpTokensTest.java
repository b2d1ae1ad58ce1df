package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpTokensTest {
    private static final List<String> TEXTS = List.of(
            "The Keeper's light, the KEEPER\u2019s light and the keepers' lights.",
            "Caf\u00e9 CAF\u00c9 caf\u00e9 \u01c5ungla \u212Aelvin kelvin \u0130stanbul istanbul",
            "OS1 says: \u201cI\u2019m here.\u201d 2013 ends; it\u2019s Theodore's \u2018letter\u2019",
            "", "   ", "a", "A a A a", "don't DON\u2019T Don't", "\u03a3\u039f\u03a3 \u03c3\u03bf\u03c2 \u0391\u0392");

    @Test
    void writesEveryTokenAsTheTokenizerWithoutATableDoes() {
        DumpTokens table = new DumpTokens();
        for (int round = 0; round < 2; round++) {
            for (String text : TEXTS) {
                Tokens plain = Tokens.of(text);
                Tokens tabled = Tokens.of(text, table);
                assertEquals(plain.list(), tabled.list(), text);
                for (int k = 0; k < plain.size(); k++) {
                    assertEquals(plain.start(k), tabled.start(k));
                    assertEquals(plain.word(k), tabled.word(k));
                    assertEquals(plain.stem(k), tabled.stem(k));
                    assertEquals(tabled.get(k), table.word(tabled.number(k)));
                }
                assertEquals(plain.normalized(), tabled.normalized());
            }
        }
    }

    @Test
    void tellsStopwordsAndLettersAsTheWordsHelpersDo() {
        DumpTokens table = new DumpTokens();
        for (int round = 0; round < 2; round++) {
            for (String text : TEXTS) {
                Tokens plain = Tokens.of(text);
                Tokens tabled = Tokens.of(text + " THE The it\u2019s IT'S 1999 42nd _ x2", table);
                for (Tokens tokens : List.of(plain, tabled)) {
                    for (int k = 0; k < tokens.size(); k++) {
                        assertEquals(Words.isStopword(tokens.get(k)), tokens.isStopword(k), tokens.get(k));
                        assertEquals(Words.hasLetter(tokens.get(k)), tokens.hasLetter(k), tokens.get(k));
                    }
                }
            }
        }
        assertEquals(-1, table.numberIfKnown("unseen"));
        Tokens seen = Tokens.of("seen", table);
        assertEquals(seen.number(0), table.numberIfKnown("seen"));
    }

    @Test
    void keepsOneCopyAndOneNumberPerDistinctToken() {
        DumpTokens table = new DumpTokens();
        Tokens tokens = Tokens.of("Light light LIGHT light\u2019s light's", table);
        assertSame(tokens.get(0), tokens.get(1));
        assertSame(tokens.get(0), tokens.get(2));
        assertEquals(tokens.number(0), tokens.number(2));
        assertSame(tokens.get(3), tokens.get(4));
        assertEquals(List.of(0, 0, 0, 1, 1), numbers(tokens));
        assertEquals(-1, Tokens.of("light").number(0));
    }

    @Test
    void growsPastItsFirstCapacity() {
        DumpTokens table = new DumpTokens();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("Word").append(Integer.toString(i, 36)).append(' ');
        }
        Tokens tokens = Tokens.of(text.toString(), table);
        assertEquals(5000, tokens.size());
        assertEquals(Tokens.of(text.toString()).list(), tokens.list());
        for (int k = 0; k < tokens.size(); k++) {
            assertEquals(k, tokens.number(k));
        }
    }

    @Test
    void tellsApartTokensWhoseHashesCollide() {
        assertEquals("an".hashCode(), "c0".hashCode()); // so both are looked for from the same cell
        assertEquals("\u00f1an".hashCode(), "\u00f1c0".hashCode());
        DumpTokens table = new DumpTokens();
        for (String text : List.of("an c0 AN C0", "\u00f1an \u00f1c0 \u00d1AN \u00d1C0")) {
            Tokens tokens = Tokens.of(text, table);
            assertEquals(Tokens.of(text).list(), tokens.list(), text);
            assertNotEquals(tokens.number(0), tokens.number(1), text);
            assertEquals(tokens.number(0), tokens.number(2), text);
            assertEquals(tokens.number(1), tokens.number(3), text);
        }
    }

    @Test
    void aTokenLoweredToAsciiHasTheNumberOfItsAsciiSpelling() {
        DumpTokens table = new DumpTokens(); // "\u212a" (Kelvin sign) lower-cases to "k": one token, two routes
        Tokens tokens = Tokens.of("kelvin \u212aelvin KELVIN \u212aELVIN", table);
        assertEquals(List.of(0, 0, 0, 0), numbers(tokens));
    }

    private static List<Integer> numbers(Tokens tokens) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            out.add(tokens.number(k));
        }
        return out;
    }
}
