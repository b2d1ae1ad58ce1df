package org.filmlens.analysis;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@code while (m.find())} gives, found by trying the pattern only where a match can start. A regex
 * search tries its whole pattern at every offset of the text; when a cheap test of one or two characters says
 * where a match may start (a capital letter, "the "), trying only there is many times faster and finds the same
 * matches, since find() too takes the first offset where the pattern matches and resumes after the match.
 */
final class AnchoredMatches {
    /**
     * Whether a match may start at an offset of the text's characters: true wherever one can (more is only slower).
     * The characters come as a char[], not a String (ADR 14).
     */
    interface Start {
        boolean mayStartAt(char[] text, int at);
    }

    /** A capital letter: where a name, and so most credit and alias patterns, starts. */
    static final Start CAPITAL = (text, at) -> Character.isUpperCase(text[at]);

    private AnchoredMatches() {
    }

    static void forEach(Pattern pattern, String text, Start start, Consumer<MatchResult> sink) {
        char[] chars = text.toCharArray();
        forEach(pattern, text, chars, hasSurrogates(chars), start, sink);
    }

    /**
     * {@link #forEach(Pattern, String, Start, Consumer)} for a caller that has the text's characters and knows
     * whether they hold surrogates.
     */
    static void forEach(Pattern pattern, String text, char[] chars, boolean surrogates, Start start,
                        Consumer<MatchResult> sink) {
        Matcher m = pattern.matcher(text);
        if (surrogates) {
            // Offsets inside a surrogate pair and letters outside the BMP are the regex's business: search plainly.
            while (m.find()) {
                sink.accept(m);
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false); // lookbehinds still see the text before an offset
        int n = text.length();
        for (int at = 0; at < n; at++) {
            if (!start.mayStartAt(chars, at)) {
                continue;
            }
            m.region(at, n);
            if (m.lookingAt()) {
                sink.accept(m);
                at = Math.max(at, m.end() - 1); // find() resumes where the match ended
            }
        }
    }

    static boolean hasSurrogates(char[] text) {
        for (int i = 0; i < text.length; i++) {
            if (Character.isSurrogate(text[i])) {
                return true;
            }
        }
        return false;
    }
}
