package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.text.DialogueLabel;
import org.filmlens.corpus.text.LabelForms;

/**
 * The speakers named by labels on quotes pages ({@code Theodore : I can.}) and by the quotes module, with how many
 * lines each speaks and where each label sits (a label is an attribution, not a mention).
 */
final class SpeakerLabels {

    /** A label's place in a source: [start, end) of the label text. */
    record Span(String sourceId, int start, int end) {}

    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Map<String, java.util.TreeMap<Integer, Integer>> spans = new java.util.HashMap<>();

    SpeakerLabels(Corpus corpus, List<Quote> quotes) {
        Map<String, Integer> fromBullets = new LinkedHashMap<>();
        Map<String, Integer> fromDialogue = new LinkedHashMap<>();
        List<Span> candidateSpans = new ArrayList<>();
        List<String> candidateLabels = new ArrayList<>();
        List<Passage> passages = corpus.passages();
        // Each line's label is read on all cores; they are counted in corpus order (first-seen order matters).
        List<DialogueLabel> labelOf = InOrder.map(passages.size(), i -> {
            Passage p = passages.get(i);
            return p.kind() == PassageKind.DIALOGUE || p.kind() == PassageKind.BULLET ? labelled(p.text()) : null;
        });
        LabelForms forms = new LabelForms(labelOf.stream().filter(Objects::nonNull).map(DialogueLabel::label).toList());
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            DialogueLabel d = labelOf.get(i);
            if (d == null) {
                continue;
            }
            String label = forms.shown(d.label());
            (p.kind() == PassageKind.DIALOGUE ? fromDialogue : fromBullets).merge(label, 1, Integer::sum);
            candidateSpans.add(new Span(p.sourceId(), p.start() + d.labelStart(), p.start() + d.labelEnd()));
            candidateLabels.add(label);
        }
        Map<String, Integer> fromQuotes = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() != null && plausible(q.speaker())) {
                fromQuotes.merge(q.speaker(), 1, Integer::sum);
            }
            for (QuoteOccurrence o : q.occurrences()) {
                if (o.speaker() != null && plausible(o.speaker()) && !o.speaker().equals(q.speaker())) {
                    fromQuotes.putIfAbsent(o.speaker(), 0);
                }
            }
        }
        fromDialogue.forEach((l, n) -> lines.merge(l, n, Integer::sum));
        // A speaker the quotes module names once, and no quotes page labels, is too thin to be a character.
        fromQuotes.forEach((l, n) -> {
            if (n >= 2 || lines.containsKey(l) || fromBullets.getOrDefault(l, 0) >= 2) {
                lines.merge(l, n, Math::max);
            }
        });
        // A bullet list item with a label is only a line of dialogue when the label speaks elsewhere too.
        fromBullets.forEach((l, n) -> {
            if (n >= 2 || lines.containsKey(l)) {
                lines.merge(l, n, Integer::sum);
            }
        });
        for (int i = 0; i < candidateSpans.size(); i++) {
            if (lines.containsKey(candidateLabels.get(i))) {
                Span s = candidateSpans.get(i);
                spans.computeIfAbsent(s.sourceId(), k -> new java.util.TreeMap<>()).put(s.start(), s.end());
            }
        }
    }

    /** Where the spoken words of a labelled line start; 0 for a line without a label. */
    static int spokenStart(String text) {
        DialogueLabel d = labelled(text);
        return d == null ? 0 : d.spokenStart();
    }

    /** The label of a labelled line, or null. */
    static String labelOf(String text) {
        DialogueLabel d = labelled(text);
        return d == null ? null : d.label();
    }

    /**
     * The line's label as this module reads speakers: up to four words written with single spaces, the first shaped
     * like a name and no function word, at most one blank before the colon; null when there is none.
     */
    private static DialogueLabel labelled(String text) {
        DialogueLabel d = DialogueLabel.parse(text).orElse(null);
        if (d == null || d.isDirectionOnly() || d.blanksBeforeColon() > 1) {
            return null;
        }
        // The label's words read off its single spaces: labelWords() splits by regex on every call.
        String label = d.label();
        int firstSpace = label.indexOf(' ');
        String first = firstSpace < 0 ? label : label.substring(0, firstSpace);
        return d.singleSpaced() && spaces(label) <= 3 && nameShaped(first) && plausible(label)
                ? d : null;
    }

    /**
     * Whether the first word of a label is shaped like a name ("Theodore", "O'Neil"), not "Dr." nor "2049": what
     * {@code NameShapes.WORD} matches as a whole, read by hand (the regex ran for every labelled line).
     */
    static boolean nameShaped(String word) {
        int n = word.length();
        if (n == 0 || Character.getType(word.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int i = Character.charCount(word.codePointAt(0));
        while (i < n && isLetterOrNumber(word.codePointAt(i))) { // [\p{L}\p{N}]*
            i += Character.charCount(word.codePointAt(i));
        }
        while (i < n) { // ([-’'][\p{Lu}\p{Ll}][\p{L}]*)*
            char joiner = word.charAt(i);
            if (joiner != '-' && joiner != '’' && joiner != '\'' || i + 1 >= n) {
                return false;
            }
            int cp = word.codePointAt(i + 1);
            int type = Character.getType(cp);
            if (type != Character.UPPERCASE_LETTER && type != Character.LOWERCASE_LETTER) {
                return false;
            }
            i += 1 + Character.charCount(cp);
            while (i < n && Character.isLetter(word.codePointAt(i))) {
                i += Character.charCount(word.codePointAt(i));
            }
        }
        return true;
    }

    private static boolean isLetterOrNumber(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static int spaces(String label) {
        int n = 0;
        for (int i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean plausible(String label) {
        return !NameShapes.isFunctionWord(NameShapes.firstWord(label)) && label.length() <= 40;
    }

    /** Every label with its number of lines, in first-seen order. */
    Map<String, Integer> lines() {
        return lines;
    }

    /** Whether the offset falls inside a speaker label of that source. */
    boolean isLabel(String sourceId, int offset) {
        java.util.TreeMap<Integer, Integer> inSource = spans.get(sourceId);
        java.util.Map.Entry<Integer, Integer> e = inSource == null ? null : inSource.floorEntry(offset);
        return e != null && offset < e.getValue();
    }
}
