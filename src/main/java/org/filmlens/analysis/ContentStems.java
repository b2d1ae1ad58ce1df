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
    /** the one String of each stem */
    private final TokenNumbers stems = new TokenNumbers();
    /** by a token's number, its stem, or null when the token is dropped */
    private String[] stemOf = new String[1024];
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
        int token = tokens.number(buf, len);
        if (token == known) { // new: numbers are given in order
            if (token == stemOf.length) {
                stemOf = Arrays.copyOf(stemOf, 2 * token);
            }
            stemOf[token] = stemOrNull(tokens.token(token));
            known++;
        }
        String stem = stemOf[token];
        if (stem != null) {
            out.add(stem);
        }
    }

    private String stemOrNull(String token) {
        if (ContentWords.isStopWord(token) || extraStop.contains(token) || ContentWords.isNumber(token)) {
            return null;
        }
        return stems.token(stems.number(ContentWords.stem(token)));
    }
}
