package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredMatchesTest {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\p{L}])(" + NameShapes.PERSON + "|" + NameShapes.WORD + ")(?:’s|'s)\\s+("
                    + NameShapes.NAME + ")(?![\\p{L}])"),
            Pattern.compile("(" + NameShapes.NAME + ")\\s*\\(\\s*(" + NameShapes.PERSON + ")\\s*\\)"),
            Pattern.compile("(" + NameShapes.NAME + "), the ((?:\\p{Ll}+ ){0,2}\\p{Ll}+)(?=[,.;:)])"));
    private static final List<String> TEXTS = List.of(
            "Malik Osei’s Corin meets Marsh’s Nell; McDonald’s Big Mac is not a name's Thing.",
            "Theodore (Joaquin Phoenix) and Amy (Amy Adams), then ÉLodie (Léa Seydoux) (x).",
            "Corin, the supply-boat skipper, and Ned, the keeper; the end, Théo, the old man.",
            "An emoji 😀 before Ned’s June and Theodore (Joaquin Phoenix): the regex path.",
            "lower case only, no names at all; ’s and (parentheses) alone.");

    @Test
    void findsWhatFindFindsWhenTriedOnlyAtCapitals() {
        for (Pattern p : PATTERNS) {
            for (String text : TEXTS) {
                List<String> anchored = new ArrayList<>();
                AnchoredMatches.forEach(p, text, AnchoredMatches.CAPITAL, m -> anchored.add(describe(m.group(),
                        m.start(), m.end())));
                List<String> plain = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    plain.add(describe(m.group(), m.start(), m.end()));
                }
                assertEquals(plain, anchored, p + " on " + text);
            }
        }
    }

    private static String describe(String group, int start, int end) {
        return group + "@" + start + "-" + end;
    }
}
