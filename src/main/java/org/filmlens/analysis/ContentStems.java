package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * {@link ContentWords#stems} with each distinct token's fate worked out once: the ending's passages, their sentences
 * and headings say the same few thousand words again and again, and stemming cuts Strings. A token is looked up by
 * its characters (no String per occurrence), and equal stems are one String, so the maps they key hash each once.
 * Not thread-safe: one per {@link TermVectors}.
 */
final class ContentStems implements TokenScan.Sink {
    private final Set<String> extraStop;
    private final TokenScan scan = new TokenScan();
    private final TokenNumbers tokens = new TokenNumbers();
    /** the stems met, numbered in the order first met: the one String of each */
    private final TokenNumbers stems = new TokenNumbers();
    /** by a token's number, its stem's number, or -1 when the token is dropped */
    private int[] stemOf = new int[1024];
    /** how many tokens have their fate in stemOf: the next new token's number */
    private int known;
    private List<String> out;

    /** @param extraStop tokens dropped besides the function words and numbers (e.g. the title's words) */
    ContentStems(Set<String> extraStop) {
        this.extraStop = extraStop;
    }

    /** The same list as {@code ContentWords.stems(text, extraStop)}. */
    List<String> of(String text) {
        out = new ArrayList<>();
        scan.scan(text, this);
        List<String> done = out;
        out = null;
        return done;
    }

    @Override
    public void token(char[] buf, int len) {
        int stem = stemNumber(buf, len);
        if (stem >= 0) {
            out.add(stems.token(stem));
        }
    }

    /** The number of the token {@code buf[0, len)}'s stem, or -1 when {@link ContentWords#stems} drops the token. */
    int stemNumber(char[] buf, int len) {
        int token = tokens.number(buf, len);
        if (token == known) { // new: numbers are given in order
            if (token == stemOf.length) {
                stemOf = Arrays.copyOf(stemOf, 2 * token);
            }
            stemOf[token] = stemNumberOf(tokens.token(token));
            known++;
        }
        return stemOf[token];
    }

    /** The stem numbered {@code n}. */
    String stem(int n) {
        return stems.token(n);
    }

    /** How many stems have been met; their numbers run from 0 to one less. */
    int stemCount() {
        return stems.size();
    }

    private int stemNumberOf(String token) {
        if (ContentWords.isStopWord(token) || extraStop.contains(token) || ContentWords.isNumber(token)) {
            return -1;
        }
        return stems.number(ContentWords.stem(token));
    }
}
