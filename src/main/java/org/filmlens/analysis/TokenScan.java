package org.filmlens.analysis;

/**
 * The analysis's word tokens: runs of letters and digits, lower-cased, with an apostrophe and the letters after it
 * dropped ("Ned's" -> "ned"; "don't" -> "don", a stop word). Handed over one at a time in a reused buffer, so that
 * passes over every passage of a corpus that only count words make no String per word; {@link ContentWords#tokens}
 * makes the list.
 */
final class TokenScan {
    /** Hears of each token: its lower-case characters are {@code buf[0..len)}, valid only during the call. */
    interface Sink {
        void token(char[] buf, int len);
    }

    private char[] word = new char[64];

    /** Hands {@code sink} the tokens of the text in order and returns how many there were. */
    int scan(String text, Sink sink) {
        int count = 0;
        int len = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (len == word.length) {
                    word = java.util.Arrays.copyOf(word, 2 * len);
                }
                word[len++] = Character.toLowerCase(c);
            } else if ((c == '\'' || c == '’') && len > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                sink.token(word, len);
                count++;
                len = 0;
                while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                }
            } else if (len > 0) {
                sink.token(word, len);
                count++;
                len = 0;
            }
        }
        return count;
    }
}
