package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits prose into sentences at ". ", "! " and "? " (good enough for articles; no abbreviations list). */
final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“(]?\\p{Lu})");

    private SentenceSplitter() {}

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : BOUNDARY.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
