package org.filmlens.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenNumbersTest {
    /** The number asked for through the buffer route, with the buffer longer than the token. */
    private static int byBuffer(TokenNumbers table, String token) {
        char[] buf = (token + "tail").toCharArray();
        return table.number(buf, token.length());
    }

    /** The number asked for through the in-place route, the token in the middle of a longer text. */
    private static int inText(TokenNumbers table, String token) {
        String text = "the " + token + " here";
        return table.number(text, 4, 4 + token.length());
    }

    @Test
    void numbersLikeAMapInTheOrderTokensAreFirstMet() {
        TokenNumbers table = new TokenNumbers();
        Map<String, Integer> map = new HashMap<>();
        Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) { // enough tokens to grow the table several times
            String token = "w" + random.nextInt(20_000);
            int expected = map.computeIfAbsent(token, t -> map.size());
            int got = switch (n % 4) {
                case 0 -> byBuffer(table, token);
                case 1 -> table.number(token.toCharArray(), token.length(), token.hashCode());
                case 2 -> inText(table, token);
                default -> table.number(new String(token.toCharArray()));
            };
            assertEquals(expected, got, token);
        }
        assertEquals(map.size(), table.size());
        map.forEach((token, number) -> assertEquals(token, table.token(number)));
    }

    @Test
    void tellsApartTokensWhoseHashesCollide() {
        assertEquals("an".hashCode(), "c0".hashCode()); // so both are looked for from the same cell
        assertEquals("\u00f1an".hashCode(), "\u00f1c0".hashCode());
        TokenNumbers table = new TokenNumbers();
        assertEquals(0, byBuffer(table, "an"));
        assertEquals(1, byBuffer(table, "c0"));
        assertEquals(1, table.number("c0"));
        assertEquals(0, table.number("an"));
        assertEquals(2, table.number("\u00f1c0"));
        assertEquals(3, byBuffer(table, "\u00f1an"));
        assertEquals(2, byBuffer(table, "\u00f1c0"));
        assertEquals(1, inText(table, "c0"));
        assertEquals(0, inText(table, "an"));
        assertEquals(4, table.size());
    }

    @Test
    void keepsOneStringPerTokenWhateverTheRoute() {
        TokenNumbers table = new TokenNumbers();
        String kept = "kelvin";
        int n = table.number(kept);
        char[] buf = "kelvin".toCharArray();
        assertEquals(n, table.number(buf, buf.length));
        assertEquals(n, table.number(new String(buf)));
        assertEquals(n, inText(table, "kelvin"));
        assertSame(kept, table.token(n));
        assertNotEquals(n, table.number("Kelvin")); // the table compares characters; folding case is the caller's
    }

    @Test
    void numberIfKnownFindsWhatIsThereAndAddsNothing() {
        TokenNumbers table = new TokenNumbers();
        Map<String, Integer> map = new HashMap<>();
        Random random = new Random(23);
        for (int n = 0; n < 20_000; n++) {
            String token = randomToken(random);
            Integer known = map.get(token);
            int size = table.size();
            assertEquals(known == null ? -1 : known, table.numberIfKnown(new String(token.toCharArray())), token);
            assertEquals(size, table.size());
            if (random.nextBoolean()) {
                map.computeIfAbsent(token, t -> map.size());
                table.number(token);
            }
        }
        assertEquals(-1, table.numberIfKnown("never-numbered"));
    }

    @Test
    void aNewTokenIsCopiedOutOfTheCallersBuffer() {
        TokenNumbers table = new TokenNumbers();
        char[] buf = "light".toCharArray();
        int n = table.number(buf, buf.length);
        buf[0] = 'n';
        assertEquals("light", table.token(n));
        assertEquals(n + 1, table.number(buf, buf.length));
        assertEquals(2, table.number(new char[0], 0)); // the empty token is numbered like any other
    }

    /** A random token: ASCII, Latin-1, beyond Latin-1, empty, long, or one of many strings sharing one hash. */
    private static String randomToken(Random random) {
        StringBuilder b = new StringBuilder();
        switch (random.nextInt(6)) {
            case 0 -> b.append("w").append(random.nextInt(3_000));
            case 1 -> b.append("caf\u00e9").append((char) ('a' + random.nextInt(26))).append(random.nextInt(50));
            case 2 -> b.append("\u0416\ud83c\udfac").append((char) (0x3b1 + random.nextInt(20)));
            case 3 -> {
                if (random.nextInt(10) > 0) { // mostly the empty token, else a long one
                    int len = 200 + random.nextInt(2_000);
                    for (int k = 0; k < len; k++) {
                        b.append((char) ('a' + random.nextInt(3)));
                    }
                }
            }
            default -> { // "Aa" and "BB" share a hash, so all 2^6 strings of six such pairs do
                for (int k = 0; k < 6; k++) {
                    b.append(random.nextBoolean() ? "Aa" : "BB");
                }
            }
        }
        return b.toString();
    }

    @Test
    void numbersRandomTokensLikeAHashMapByEveryRoute() {
        assertEquals("AaAa".hashCode(), "BBBB".hashCode());
        TokenNumbers table = new TokenNumbers();
        Map<String, Integer> map = new HashMap<>();
        Random random = new Random(17);
        for (int n = 0; n < 100_000; n++) {
            String token = randomToken(random);
            int expected = map.computeIfAbsent(token, t -> map.size());
            int got = switch (random.nextInt(5)) {
                case 0 -> byBuffer(table, token);
                case 1 -> table.number(token.toCharArray(), token.length(), token.hashCode());
                case 2 -> inText(table, token);
                case 3 -> table.number(token.toCharArray(), token.length());
                default -> table.number(new String(token.toCharArray()));
            };
            assertEquals(expected, got, token);
            assertEquals(map.size(), table.size());
        }
        map.forEach((token, number) -> assertEquals(token, table.token(number)));
    }
}
