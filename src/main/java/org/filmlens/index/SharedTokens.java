package org.filmlens.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The words of one text for both of its fields. Every passage (and quote) is indexed twice, stemmed and exact, and
 * both variants begin with the same steps ({@link EnglishTextAnalyzer#folded}): those run once per text here, their
 * tokens are kept, and each field's own remaining steps ({@link EnglishTextAnalyzer#finish}) read them back. The
 * fields thus get the very tokens, offsets and positions the analyzer gives them, for about half the tokenizing.
 *
 * <p>One per writing thread: {@link #read} a text, then index its fields through {@link #stemmed} and
 * {@link #exact} before reading the next.
 */
final class SharedTokens {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final TokenStream folded = EnglishTextAnalyzer.folded(tokenizer);
    private final CharTermAttribute term = folded.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = folded.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = folded.addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = folded.addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = folded.addAttribute(TypeAttribute.class);

    /** The kept tokens: token i is {@code chars[charStart[i] .. charStart[i + 1])} with its attributes. */
    private char[] chars = new char[1024];
    private int[] charStart = new int[129];
    private int[] startOffset = new int[128];
    private int[] endOffset = new int[128];
    private int[] increments = new int[128];
    private int[] lengths = new int[128];
    private String[] types = new String[128];
    private int count;
    /** What the stream says at its end: the final offset and the positions skipped after the last token. */
    private int finalOffset;
    private int finalIncrement;
    /** The text the kept tokens are of. */
    private String text;

    private final TokenStream stemmed = EnglishTextAnalyzer.finish(new Replay(), true);
    private final TokenStream exact = EnglishTextAnalyzer.finish(new Replay(), false);

    /** Runs the shared steps over {@code text} and keeps their tokens. */
    void read(String text) throws IOException {
        this.text = null;
        count = 0;
        int used = 0;
        tokenizer.setReader(new StringReader(text));
        try {
            folded.reset();
            while (folded.incrementToken()) {
                if (count == startOffset.length) {
                    grow();
                }
                int n = term.length();
                if (used + n > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + n));
                }
                System.arraycopy(term.buffer(), 0, chars, used, n);
                used += n;
                charStart[count + 1] = used;
                startOffset[count] = offset.startOffset();
                endOffset[count] = offset.endOffset();
                increments[count] = increment.getPositionIncrement();
                lengths[count] = length.getPositionLength();
                types[count] = type.type();
                count++;
            }
            folded.end();
            finalOffset = offset.endOffset();
            finalIncrement = increment.getPositionIncrement();
            this.text = text;
        } finally {
            folded.close();
        }
    }

    private void grow() {
        int n = 2 * startOffset.length;
        charStart = Arrays.copyOf(charStart, n + 1);
        startOffset = Arrays.copyOf(startOffset, n);
        endOffset = Arrays.copyOf(endOffset, n);
        increments = Arrays.copyOf(increments, n);
        lengths = Arrays.copyOf(lengths, n);
        types = Arrays.copyOf(types, n);
    }

    /** The text the tokens are of: the last one read in full. */
    String text() {
        return text;
    }

    /** The last text read, for the stemmed field ({@code text}, {@code quoteText}). */
    TokenStream stemmed() {
        return stemmed;
    }

    /** The last text read, for the exact field ({@code exact}, {@code quoteExact}). */
    TokenStream exact() {
        return exact;
    }

    /** Gives the kept tokens again, from the start at every reset, with the attributes the shared steps set. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int from = charStart[next];
            term.copyBuffer(chars, from, charStart[next + 1] - from);
            offset.setOffset(startOffset[next], endOffset[next]);
            increment.setPositionIncrement(increments[next]);
            length.setPositionLength(lengths[next]);
            type.setType(types[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
