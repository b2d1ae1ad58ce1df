package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormMatcherTest {
    private static final List<String> FORMS = List.of("Theodore", "Theodore Twombly", "the OS", "The OS", "Amy",
            "Amy Adams", "Sam", "samantha", "Samantha", "R2", "“Her”", "Dr. Leda");
    private static final List<String> TEXTS = List.of(
            "Theodore Twombly writes letters; Theodore's OS, the OS, talks.",
            "Amy Adams plays Amy. Amy2 is not Amy, nor is Amyx or xAmy, but (Amy) is.",
            "Samantha, samantha and Sam meet Samuel; the OSes are not the OS.",
            "R2 and R2D2 and “Her” and Dr. Leda and Dr. Ledas.",
            "The OS opens; Theodore Twombly Theodore Twomblyx Theodore.");

    @Test
    void findsWhatOneRegexAlternationOfTheFormsFinds() {
        FormMatcher matcher = new FormMatcher(FORMS);
        for (String text : TEXTS) {
            List<String> mine = new ArrayList<>();
            matcher.find(text, (s, start, end) -> mine.add(s + "@" + start + "-" + end));
            assertEquals(byRegex(text, FORMS), mine, text);
        }
    }

    @Test
    void manyFormsUnderOneWordAreFoundAsTheRegexFindsThem() {
        List<String> forms = new ArrayList<>(FORMS);
        for (String d : List.of("keeper", "old keeper", "OS", "supply boat skipper", "boat", "boat skipper", "sister",
                "his sister", "man", "old man", "widow", "the")) {
            forms.add("the " + d);
        }
        String text = "the keeper and the old keeper met the OS, the supply boat skipper and the boat skipperx; "
                + "the sister, the the, the old man. the boat";
        FormMatcher matcher = new FormMatcher(forms);
        List<String> mine = new ArrayList<>();
        matcher.find(text, (s, start, end) -> mine.add(s + "@" + start + "-" + end));
        assertEquals(byRegex(text, forms), mine);
    }

    @Test
    void randomFormsAndTextsAreFoundAsTheRegexFindsThem() {
        // a small alphabet, so that forms share long prefixes and nodes have few or many children
        String alphabet = "aabbcé’ ABZ\u00e9-1";
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Set<String> forms = new HashSet<>();
            for (int k = random.nextInt(60); k > 0; k--) {
                String form = randomString(random, alphabet, 1 + random.nextInt(7)).strip(); // as names are
                if (!form.isEmpty()) {
                    forms.add(form);
                }
            }
            List<String> list = new ArrayList<>(forms);
            FormMatcher matcher = new FormMatcher(list);
            String text = randomString(random, alphabet, 200);
            List<String> mine = new ArrayList<>();
            matcher.find(text, (s, start, end) -> mine.add(s + "@" + start + "-" + end));
            if (!list.isEmpty()) {
                assertEquals(byRegex(text, list), mine, text);
            }
            char[] chars = text.toCharArray();
            for (int start = 0; start < chars.length; start++) {
                for (int end = start; end <= Math.min(chars.length, start + 8); end++) {
                    String sub = text.substring(start, end);
                    assertEquals(forms.contains(sub) ? sub : null, matcher.exactly(chars, start, end), sub);
                }
            }
        }
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void theLongestFormWinsAndMatchesDoNotOverlap() {
        List<String> found = new ArrayList<>();
        new FormMatcher(FORMS).find("Theodore Twombly met Amy Adams", (s, start, end) -> found.add(s));
        assertEquals(List.of("Theodore Twombly", "Amy Adams"), found);
    }

    private static List<String> byRegex(String text, List<String> forms) {
        String alternation = forms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])").matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group() + "@" + m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void wordCharactersAreLettersAndNumbersAsTheRegexHasThem() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                assertEquals(word.matcher(String.valueOf(c)).matches(), FormMatcher.isWordChar(c), "U+" + (int) c);
            }
        }
    }
}
