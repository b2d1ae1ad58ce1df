package org.filmlens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.SourceKind;

/**
 * Tells what kind of page a source is from general features: a listicle title ("16 Memorable Quotes ...") makes a
 * listing; a page mostly made of labelled dialogue lines is a quotes page; the vocabulary of question-and-answer
 * sites ("asked", "answered", votes) makes a Q&A thread; enough running prose makes an article.
 */
final class KindClassifier {
    static final double QUOTES_SHARE = 0.5;
    static final int QA_CUES = 3;
    static final int ARTICLE_WORDS = 150;
    static final Set<String> NUMBER_WORDS = Set.of("three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred");
    static final Set<String> QA_WORDS = Set.of("asked", "answered", "answer", "answers", "votes", "vote", "question",
            "questions", "accepted", "upvoted", "upvote", "edited", "comment");

    private KindClassifier() {
    }

    /** @param qaCues lines of the page (cleaned away or not) that look like Q&A furniture */
    static SourceKind classify(String title, List<PassageBuilder.Cut> passages, int qaCues) {
        int dialogue = 0;
        int items = 0;
        int words = 0;
        for (PassageBuilder.Cut p : passages) {
            words += p.words();
            if (p.continued()) {
                continue; // a long line is one item however many passages it was cut into
            }
            if (p.kind() == PassageKind.DIALOGUE) {
                dialogue++;
            }
            if (p.kind() != PassageKind.HEADING && p.kind() != PassageKind.DECK) {
                items++;
            }
        }
        if (title != null && isListicleTitle(title) && items > 0) {
            return SourceKind.LISTING;
        }
        if (items > 0 && dialogue >= QUOTES_SHARE * items) {
            return SourceKind.QUOTES;
        }
        if (qaCues >= QA_CUES || (title != null && title.trim().endsWith("?") && qaCues >= 1)) {
            return SourceKind.QA;
        }
        if (words >= ARTICLE_WORDS) {
            return SourceKind.ARTICLE;
        }
        return SourceKind.OTHER;
    }

    /** "16 Memorable Quotes From ...", "Ten Things ...": a count followed by what is counted. */
    static boolean isListicleTitle(String title) {
        List<String> tokens = Words.tokens(title);
        if (tokens.size() < 3) {
            return false;
        }
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        boolean count = first.chars().allMatch(Character::isDigit) && first.length() <= 3
                || NUMBER_WORDS.contains(first);
        return count && Words.hasLetter(tokens.get(1));
    }

    /** Short lines of Q&A chrome: "asked 3 years ago", "12 votes", "answered Jan 4". */
    static boolean isQaCue(Tokens tokens) {
        if (tokens.size() > 8) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (QA_WORDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
}
