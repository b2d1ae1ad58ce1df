package org.filmlens.ingest;

import java.util.Set;

/**
 * The furniture of question-and-answer sites: "asked Mar 3, 2021 at 22:14", "Viewed 6k times", "2 Answers",
 * "Improve this question", "Your Answer", and tag lines such as "ending the-salt-lantern". Short lines made only
 * of that vocabulary, dates and counts, or of lower-case hyphenated tags.
 */
final class QaChromeRule implements LineRule {
    static final Set<String> QA_WORDS = Set.of("asked", "answered", "viewed", "modified", "edited", "answer",
            "answers", "vote", "votes", "question", "questions", "improve", "sorted", "score", "default", "times",
            "ago", "year", "years", "month", "months", "day", "days", "hour", "hours", "highest", "active",
            "oldest", "newest", "accepted", "comment", "comments", "add");
    static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");
    static final int MAX_WORDS = 8;

    @Override
    public String name() {
        return "qa-chrome";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        if (line.words() > MAX_WORDS || line.listItem()) {
            return false;
        }
        return onlyQaVocabulary(line.tokens()) || isTagLine(line.text());
    }

    static boolean onlyQaVocabulary(Tokens tokens) {
        int qa = 0;
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (QA_WORDS.contains(t)) {
                qa++;
            } else if (!(Words.isStopword(t) || MONTHS.contains(t) || Character.isDigit(t.charAt(0)))) {
                return false;
            }
        }
        return qa > 0;
    }

    /** "ending the-salt-lantern": lower-case words, at least one a hyphen-joined tag, no punctuation. */
    static boolean isTagLine(String text) {
        boolean hyphenated = false;
        for (String w : text.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!(Character.isLowerCase(c) || Character.isDigit(c) || c == '-')) {
                    return false;
                }
            }
            hyphenated |= w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1;
        }
        return hyphenated;
    }
}
