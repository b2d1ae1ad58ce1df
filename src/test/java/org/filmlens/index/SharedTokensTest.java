package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The fields fed from one tokenizing get exactly what the schema's analyzer gives each field on its own. */
class SharedTokensTest {
    private static final String[] PIECES = {"love", "Loving", "LOVED", "the", "her", "me", "heart’s", "heart's",
        "HEART'S", "Amélie", "Æsir", "ﬁnal", "o'clock", "self-aware", "U.S.A.", "3.14", "1,000", "e-mail",
        "someone@example.com", "http://example.com/x", "日本語", "한국어", "ไทย", "🙂", "don’t", "isn't", "’s", "'s",
        "The", "AND", "running", "ran", "Samantha's", "Theodore’s", "x".repeat(300), "y".repeat(255),
        "z".repeat(256), "naïve", "café", "straße", "Ωmega", "\u00a0", "\t", "\n\n", "—", "–", "…", "“", "”", "\"",
        "(", ")", ".", ",", "!", "?", ";", ":", "-", "_", "&", "#1", "$5", "ǅ", "İstanbul", "Ⅻ", "①", "K"};

    @Test
    void bothFieldsGetTheAnalyzersTokens() throws IOException {
        Random rnd = new Random(20261123);
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "The end.", "Come find me, Theodore.",
                "“It’s the ending’s meaning,” she said — the film's last lines."));
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
                b.append(rnd.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(b.toString());
        }
        SharedTokens shared = new SharedTokens();
        try (Analyzer analyzer = IndexSchema.analyzer()) {
            for (String text : texts) {
                shared.read(text);
                // twice over, as a quote's fields follow a passage's through the same streams
                for (int round = 0; round < 2; round++) {
                    assertEquals(tokens(analyzer.tokenStream(IndexSchema.TEXT, text)), tokens(shared.stemmed()),
                            text);
                    assertEquals(tokens(analyzer.tokenStream(IndexSchema.EXACT, text)), tokens(shared.exact()),
                            text);
                }
            }
        }
    }

    /** Every attribute the index reads (and the filters set), token by token, then the stream's end state. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        TypeAttribute type = stream.addAttribute(TypeAttribute.class);
        TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
        KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
        PayloadAttribute payload = stream.addAttribute(PayloadAttribute.class);
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement() + " len" + length.getPositionLength() + " "
                        + type.type() + " tf" + frequency.getTermFrequency() + " kw" + keyword.isKeyword()
                        + " " + payload.getPayload());
            }
            stream.end();
            out.add("end " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }
}
