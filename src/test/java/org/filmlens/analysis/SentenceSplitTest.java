package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceSplitTest {
    /** The pattern the scan stands for. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[“\"‘(]?[\\p{Lu}\\d])");

    private static List<MentionPlacer.Span> byRegex(String text) {
        List<MentionPlacer.Span> out = new ArrayList<>();
        Matcher m = SENTENCE_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new MentionPlacer.Span(start, m.start()));
            start = m.end();
        }
        out.add(new MentionPlacer.Span(start, text.length()));
        return out;
    }

    @Test
    void cutsWhereThePatternDoes() {
        assertEquals(byRegex("He leaves. Later she “Sings.” (Then) 2 more!  \tEnd? no. ok"),
                MentionPlacer.sentences("He leaves. Later she “Sings.” (Then) 2 more!  \tEnd? no. ok"));
        String[] pieces = {"a", "B", "Éa", "é", "1", "x", ".", "!", "?", "”", "\"", "’", ")", "“", "‘", "(", " ", " ",
                "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "\uD835\uDC00", "\uD835\uDC1A", "..", "Mr.", "9"};
        Random random = new Random(23);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertEquals(byRegex(text), MentionPlacer.sentences(text), text);
        }
    }
}
