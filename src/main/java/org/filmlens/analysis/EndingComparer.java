package org.filmlens.analysis;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.EndingAnswer;

/**
 * Puts answers to one question side by side: a word-level diff (java-diff-utils over word tokens, compared without
 * case or punctuation so that "Lonely," and "lonely" agree) marking what both say and what only one says. With more
 * than two answers, the first is compared with each of the others.
 */
public final class EndingComparer {
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** A word as written, and as compared. */
    private record Token(String text, String key) {}

    public List<AnswerComparison> compare(List<EndingAnswer> answers) {
        if (answers.size() < 2) {
            throw new IllegalArgumentException("need at least two answers to compare, got " + answers.size());
        }
        List<AnswerComparison> out = new ArrayList<>();
        for (int i = 1; i < answers.size(); i++) {
            out.add(compare(answers.get(0), answers.get(i)));
        }
        return out;
    }

    public AnswerComparison compare(EndingAnswer left, EndingAnswer right) {
        List<Token> a = tokens(left.text());
        List<Token> b = tokens(right.text());
        Patch<String> patch = DiffUtils.diff(a.stream().map(Token::key).toList(), b.stream().map(Token::key).toList());
        List<DiffSegment> segments = new ArrayList<>();
        int ia = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sa = d.getSource().getPosition();
            int sb = d.getTarget().getPosition();
            add(segments, DiffSegment.Kind.EQUAL, a.subList(ia, sa));
            add(segments, DiffSegment.Kind.ONLY_LEFT, a.subList(sa, sa + d.getSource().size()));
            add(segments, DiffSegment.Kind.ONLY_RIGHT, b.subList(sb, sb + d.getTarget().size()));
            ia = sa + d.getSource().size();
        }
        add(segments, DiffSegment.Kind.EQUAL, a.subList(ia, a.size()));
        return new AnswerComparison(left.sourceId(), right.sourceId(), segments, shared(left.text(), right.text()));
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String w = m.group();
            String key = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            out.add(new Token(w, key.isEmpty() ? w : key));
        }
        return out;
    }

    /** Appends a run, joining it to the previous one when they are of the same kind. */
    private static void add(List<DiffSegment> segments, DiffSegment.Kind kind, List<Token> run) {
        if (run.isEmpty()) {
            return;
        }
        String text = String.join(" ", run.stream().map(Token::text).toList());
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new DiffSegment(kind, segments.get(last).text() + " " + text));
        } else {
            segments.add(new DiffSegment(kind, text));
        }
    }

    private static List<String> shared(String left, String right) {
        Set<String> a = new TreeSet<>(contentWords(left));
        a.retainAll(contentWords(right));
        return List.copyOf(a);
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new TreeSet<>();
        for (String t : ContentWords.tokens(text == null ? "" : text)) {
            if (isContentToken(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether a word as written (punctuation and case included, e.g. "Theodore's,") holds a content word: the kind
     * of word {@link AnswerComparison#sharedWords()} lists. Two answers sharing "the" or "of" says nothing; sharing
     * a name or "sunrise" does.
     */
    public static boolean isContentWord(String written) {
        for (String t : ContentWords.tokens(written)) {
            if (isContentToken(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContentToken(String token) {
        return token.length() > 2 && !ContentWords.isStopWord(token);
    }
}
