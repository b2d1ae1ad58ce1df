package org.filmlens.workspace;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** The parser's current string compared in place: a hand-written reader matches known names with no String made. */
final class ParserText {
    private ParserText() {}

    /** Whether the parser's current text is {@code s}. */
    static boolean is(String s, JsonParser p) throws IOException {
        int length = p.getTextLength();
        if (s.length() != length) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
