package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceSplitTest {
    /** The patterns the scan stands for, one a rule. */
    private static final Pattern CAPITAL = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“(]?\\p{Lu})");
    private static final Pattern CAPITAL_OR_DIGIT =
            Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[“\"‘(]?[\\p{Lu}\\d])");

    private static List<TextSpan> byRegex(Pattern pattern, String text) {
        List<TextSpan> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new TextSpan(start, m.start()));
            start = m.end();
        }
        out.add(new TextSpan(start, text.length()));
        return out;
    }

    /** What {@link SentenceSplitter#split} did when it split by the regex. */
    private static List<String> splitByRegex(String text) {
        List<String> out = new ArrayList<>();
        for (String s : CAPITAL.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void forRandomTexts(Consumer<String> check) {
        String[] pieces = {"a", "B", "Éa", "é", "1", "x", ".", "!", "?", "”", "\"", "’", ")", "“", "‘", "(", " ", " ",
                "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "\uD835\uDC00", "\uD835\uDC1A", "..", "Mr.", "9"};
        Random random = new Random(23);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            check.accept(sb.toString());
        }
    }

    @Test
    void cutsWhereThePatternsDo() {
        String text = "He leaves. Later she “Sings.” (Then) 2 more!  \tEnd? ‘No. ok";
        assertEquals(byRegex(CAPITAL_OR_DIGIT, text),
                SentenceSplitter.spans(text, SentenceSplitter.Rule.CAPITAL_OR_DIGIT));
        assertEquals(byRegex(CAPITAL, text), SentenceSplitter.spans(text, SentenceSplitter.Rule.CAPITAL));
        forRandomTexts(t -> {
            assertEquals(byRegex(CAPITAL_OR_DIGIT, t), SentenceSplitter.spans(t, SentenceSplitter.Rule.CAPITAL_OR_DIGIT),
                    t);
            assertEquals(byRegex(CAPITAL, t), SentenceSplitter.spans(t, SentenceSplitter.Rule.CAPITAL), t);
        });
    }

    @Test
    void splitsAsThePatternSplits() {
        assertEquals(List.of("He leaves.", "Later she “Sings.”", "(Then) 2 more!", "End?"),
                SentenceSplitter.split("  He leaves. Later she “Sings.” (Then) 2 more!  \tEnd?  "));
        forRandomTexts(t -> assertEquals(splitByRegex(t), SentenceSplitter.split(t), t));
    }
}
