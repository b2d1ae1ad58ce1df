package org.filmlens.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries of a short text, found in one pass when the text is set and then only looked up. A sentence
 * ends after {@code ?}, {@code !} or an ideographic full stop, any closing quotes or brackets and the spaces after
 * them; after a full stop only when spaces follow, and then no lower-case letter (unless after two spaces), digit
 * or dash ("dir. by", "ch. 6", "3.5"); and after a paragraph separator. On prose these are the boundaries of the
 * JDK's English sentence iterator (tested against it; ADR 21 lists where that one breaks erratically and this does
 * not), which walks its state tables through a {@code CharacterIterator} a character at a time: the largest single
 * cost of highlighting a search's hits in the window, whose JVM compiles with C1 alone.
 */
final class SentenceBreaks extends BreakIterator {
    /** The one line break that ends a sentence; other line breaks are spaces, as they are to the JDK. */
    private static final char PARAGRAPH_SEPARATOR = '\u2029';

    private String text = "";
    /** The iterator's begin index: the boundaries are in the iterator's indexes, the text's offsets plus this. */
    private int base;
    private CharacterIterator given;
    private int[] bounds = {0};
    private int count = 1;
    private int at;

    @Override
    public void setText(String newText) {
        text = newText;
        base = 0;
        given = null;
        findBounds();
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        text = s.toString();
        base = newText.getBeginIndex();
        given = newText;
        findBounds();
    }

    @Override
    public CharacterIterator getText() {
        CharacterIterator it = given != null ? given : new StringCharacterIterator(text);
        it.setIndex(bounds[at]);
        return it;
    }

    private void findBounds() {
        int length = text.length();
        if (bounds.length < 8) {
            bounds = new int[8];
        }
        count = 0;
        add(base);
        int i = 0;
        while (i < length) {
            char c = text.charAt(i++);
            if (c == PARAGRAPH_SEPARATOR) {
                if (i < length) {
                    add(base + i);
                }
                continue;
            }
            if (!isTerminator(c)) {
                continue;
            }
            boolean outright = endsOutright(c);
            int end = i;
            while (end < length && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                outright |= endsOutright(text.charAt(end));
                end++;
            }
            if (!outright && end < length && !isSpace(text.charAt(end))) {
                i = end; // "3.5", "U.S.", "end.)and": no sentence ends here
                continue;
            }
            boolean paragraphEnds = false;
            int spacesFrom = end;
            while (end < length && isSpace(text.charAt(end)) && !paragraphEnds) {
                paragraphEnds = text.charAt(end++) == PARAGRAPH_SEPARATOR;
            }
            i = end;
            if (end < length && (paragraphEnds || outright || startsASentence(end, end - spacesFrom))) {
                add(base + end);
            }
        }
        if (length > 0) {
            add(base + length);
        }
        at = 0;
    }

    private void add(int bound) {
        if (count == bounds.length) {
            bounds = Arrays.copyOf(bounds, count * 2);
        }
        bounds[count++] = bound;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * After a full stop and spaces: a word that does not start in lower case, or any word after two spaces or more
     * (the typewriter's sentence gap), or a quote or bracket opening a word of any case; not a number or a dash.
     */
    private boolean startsASentence(int from, int spaces) {
        char c = text.charAt(from);
        if (Character.isLetter(c)) {
            return spaces > 1 || !Character.isLowerCase(c);
        }
        int i = from;
        while (i < text.length() && isOpener(text.charAt(i))) {
            i++;
        }
        return i > from && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean isOpener(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.START_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** A full stop, question or exclamation mark, as written or full width, or an ideographic full stop. */
    private static boolean isTerminator(char c) {
        return c == '.' || c == '\uFF0E' || endsOutright(c);
    }

    /** The marks after which a sentence ends whatever follows: all but the Latin full stops, as to the JDK. */
    private static boolean endsOutright(char c) {
        return c == '?' || c == '!' || c == '\uFF1F' || c == '\uFF01' || c == '\u3002';
    }

    /** A closing bracket or quote of any kind, or a straight quote. */
    private static boolean isCloser(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (at + 1 >= count) {
            return DONE;
        }
        return bounds[++at];
    }

    @Override
    public int previous() {
        if (at == 0) {
            return DONE;
        }
        return bounds[--at];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int i = firstAbove(offset);
        if (i == count) {
            at = count - 1;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int i = firstAbove(offset - 1) - 1;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return bounds[at];
    }

    /** The index of the first boundary after {@code offset}, or {@code count} when there is none. */
    private int firstAbove(int offset) {
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void checkOffset(int offset) {
        if (offset < base || offset > base + text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (" + base + ".."
                    + (base + text.length()) + ")");
        }
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = (SentenceBreaks) super.clone();
        copy.bounds = bounds.clone();
        copy.given = given == null ? null : (CharacterIterator) given.clone();
        return copy;
    }
}
