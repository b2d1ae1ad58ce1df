package org.filmlens.ingest;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * The lines of a text (split on \n, \r\n and \r; no empty line after a final line break) kept as offsets into
 * it: a line is cut out as a string only when asked for, so reading a dump copies each line once, into its
 * {@link Line}, instead of twice.
 */
final class RawLines extends AbstractList<String> {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private RawLines(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    static RawLines of(String text) {
        int capacity = 64;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int n = text.length();
        // the next \n and \r at or after the line's start, found by String.indexOf (which scans many chars per
        // step), each looked for again only once passed; -1 when there is none left
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        int start = 0;
        while (start < n) {
            if (nextLf >= 0 && nextLf < start) {
                nextLf = text.indexOf('\n', start);
            }
            if (nextCr >= 0 && nextCr < start) {
                nextCr = text.indexOf('\r', start);
            }
            int end = nextLf < 0 ? n : nextLf;
            if (nextCr >= 0 && nextCr < end) {
                end = nextCr;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
            start = end + 1;
            if (end < n && text.charAt(end) == '\r' && start < n && text.charAt(start) == '\n') {
                start++;
            }
        }
        return new RawLines(text, starts, ends, count);
    }

    @Override
    public String get(int i) {
        return text.substring(start(i), end(i));
    }

    @Override
    public int size() {
        return size;
    }

    int start(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return starts[i];
    }

    int end(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return ends[i];
    }

    /** The first character of line {@code i}, or 0 for an empty line, without cutting the line out. */
    char firstChar(int i) {
        return start(i) < end(i) ? text.charAt(starts[i]) : 0;
    }

    /** {@link String#isBlank()} of the characters [from, to) of {@code chars}. */
    static boolean isBlank(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#isBlank()} of line {@code i}, without cutting it out. */
    boolean isBlank(int i) {
        for (int k = start(i); k < ends[i]; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
