package org.filmlens.corpus.text;

/**
 * What {@code \s} matches in a Java regex without flags: the six ASCII spaces. Hand-written scans that stand in for
 * a pattern (for speed) test their spaces here, so that they agree with the pattern they replace.
 */
public final class RegexSpace {
    private RegexSpace() {}

    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
