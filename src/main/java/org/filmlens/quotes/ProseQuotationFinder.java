package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations in a paragraph of prose: between curly or straight double quotes, between curly single quotes
 * (telling them from apostrophes), or set off by spaced em dashes. A quotation split by its attribution
 * (“A,” she says, “B.”) comes back as one quotation of two parts. Whether a quotation is film dialogue is decided
 * later (length, attribution, a match on a quotes page); this class only finds them.
 */
public final class ProseQuotationFinder {
    private static final int MAX_SPLIT_WORDS = 8;
    private static final Pattern DASHED = Pattern.compile(
            "(?:^|\\s)\\u2014\\s+(\\p{Lu}[^\\u2014]*?[.!?\\u2026])\\s+\\u2014(?=\\s|$)");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** What may follow a quotation that stands alone: closing punctuation only. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?]*");
    private static final Pattern ENDS_IN_COMMA_OR_STOP = Pattern.compile(".*[,.]$");
    /** Words that start with an apostrophe, not a quotation: ‘cause, ‘em, ‘til. */
    private static final Pattern ELIDED = Pattern.compile("(?:cause|em|til|tis|twas|n|round|bout)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public List<ProseQuotation> find(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0 && text.indexOf('\u2018') < 0
                && text.indexOf('\u2014') < 0) {
            return new ArrayList<>(); // every kind of quotation needs one of these marks: most paragraphs have none
        }
        List<int[]> doubles = doubleQuoted(text);
        List<int[]> singles = singleQuoted(text, doubles);
        List<int[]> all = new ArrayList<>(doubles);
        all.addAll(singles);
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<ProseQuotation> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int[] q = all.get(i);
            List<Span> parts = new ArrayList<>();
            addPart(text, q, parts);
            while (i + 1 < all.size() && isSplitByAttribution(text, all.get(i), all.get(i + 1))) {
                addPart(text, all.get(++i), parts);
            }
            i++;
            int[] last = all.get(i - 1);
            if (!parts.isEmpty()) {
                int close = Math.min(text.length(), last[1] + 1);
                // an unclosed quotation (a page's cut-off teaser) never stands alone
                boolean alone = all.size() == 1 && last[1] < text.length() && text.substring(0, q[0]).isBlank()
                        && TRAILING_PUNCTUATION.matcher(text).region(close, text.length()).matches();
                out.add(new ProseQuotation(parts, alone ? ProseQuotation.Shape.STANDALONE
                        : ProseQuotation.Shape.INLINE, q[0], close));
            }
        }
        Matcher dashed = DASHED.matcher(text);
        boolean hasDash = text.indexOf('\u2014') >= 0; // a dashed quotation needs an em dash
        while (hasDash && dashed.find()) {
            int s = dashed.start(1);
            int e = dashed.end(1);
            if (!overlaps(doubles, s, e) && !overlaps(singles, s, e)) {
                out.add(new ProseQuotation(List.of(new Span(s, e)), ProseQuotation.Shape.DASHED,
                        text.lastIndexOf('\u2014', s), dashed.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.parts().get(0).start(), b.parts().get(0).start()));
        return out;
    }

    /** Pairs of [open mark, close mark] for “…” and "…"; an unclosed quotation runs to the end of the paragraph. */
    private static List<int[]> doubleQuoted(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '"') {
                int close = c == '"' ? text.indexOf('"', i + 1) : indexOfAny(text, i + 1, '\u201d', '"');
                if (close < 0) {
                    if (c == '\u201c') {
                        out.add(new int[] {i, text.length()});
                    }
                    break;
                }
                out.add(new int[] {i, close});
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int indexOfAny(String text, int from, char a, char b) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * ‘…’ outside double quotes (neither inside one nor across one's marks), opening after a space and closing
     * before one; apostrophes are neither.
     */
    private static List<int[]> singleQuoted(String text, List<int[]> doubles) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u2018' && opensQuote(text, i) && !inside(doubles, i)) {
                int close = -1;
                for (int j = i + 1; j < text.length() && j < i + 400; j++) {
                    if (text.charAt(j) == '\u2019' && (j + 1 == text.length()
                            || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                        close = j;
                        break;
                    }
                }
                // marks that cross a double-quoted passage's are not a quotation of their own
                if (close > 0 && !overlaps(doubles, i, close)) {
                    out.add(new int[] {i, close});
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean opensQuote(String text, int i) {
        boolean afterBreak = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || "([\u2014\u2013-".indexOf(text.charAt(i - 1)) >= 0;
        return afterBreak && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && !ELIDED.matcher(text.substring(i + 1, Math.min(text.length(), i + 8))).matches();
    }

    /** Whether {@code pos} lies strictly inside one of the pairs. */
    private static boolean inside(List<int[]> spans, int pos) {
        return anyOpensBeforeClosesAfter(spans, pos, pos);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return anyOpensBeforeClosesAfter(spans, end, start);
    }

    /**
     * Whether some [open, close] pair has open &lt; {@code before} and close &gt; {@code after}. The pairs are in
     * order and do not overlap, so the last one opening before {@code before} closes latest: a binary search keeps
     * this cheap however many quotations a paragraph holds.
     */
    private static boolean anyOpensBeforeClosesAfter(List<int[]> spans, int before, int after) {
        int lo = 0;
        int hi = spans.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid)[0] < before) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && spans.get(last)[1] > after;
    }

    /**
     * “A,” she tells him, “B.”: a short cue clause between two quotations, the first ending in a comma. A clause
     * ending in a colon introduces the next quotation instead (“A,” Y cuts in: “B.”), so it does not join them.
     */
    /** A clause that answers or follows the first quotation rather than attributing it. */
    private static final Pattern REPLY = Pattern.compile("^,?\\s*(?:and|then|but|before|after|to which|while)\\b");

    private static boolean isSplitByAttribution(String text, int[] first, int[] second) {
        if (first[1] >= text.length()) {
            return false;
        }
        String between = text.substring(first[1] + 1, second[0]);
        String firstText = text.substring(first[0] + 1, first[1]).strip();
        boolean commaBreak = firstText.endsWith(",") || between.stripLeading().startsWith(",");
        String cue = between.strip();
        int words = cue.isEmpty() ? 0 : BLANKS.split(cue).length;
        if (REPLY.matcher(cue).lookingAt()) {
            return false; // “A,” and she answers, “B.”: another clause, most often another speaker
        }
        return commaBreak && words > 0 && words <= MAX_SPLIT_WORDS && CueWords.containsVerb(between)
                && ENDS_IN_COMMA_OR_STOP.matcher(cue).matches();
    }

    /** The words inside the marks, without surrounding blanks or a trailing comma. */
    private static void addPart(String text, int[] q, List<Span> parts) {
        int s = q[0] + 1;
        int e = Math.min(q[1], text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            parts.add(new Span(s, e));
        }
    }
}
