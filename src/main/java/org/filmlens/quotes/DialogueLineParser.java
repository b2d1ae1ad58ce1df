package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filmlens.corpus.text.DialogueLabel;
import org.filmlens.corpus.text.EditorialLabels;

/**
 * Reads the labelled lines of quotes pages ({@code Name : line}, {@code • Name: line}, stage directions in square
 * brackets alone or inside a line) into the stretches of words actually spoken, as offsets into the source.
 */
public final class DialogueLineParser {
    private static final String QUOTE_MARKS = "\"\u201c\u201d";

    /**
     * Parses {@code text}, which starts at {@code offset} in its source, or returns empty when it is not a dialogue
     * line. A label here is capitalised words (or words with digits, as in "OS1"), at most one blank before the colon
     * and at least one after it.
     */
    public Optional<DialogueLine> parse(String text, int offset) {
        Optional<DialogueLabel> parsed = DialogueLabel.parse(text)
                .filter(d -> d.isDirectionOnly() || d.capitalised() && d.blanksBeforeColon() <= 1 && d.blankAfterColon()
                        && !EditorialLabels.labelsNote(d.label(), text.substring(d.spokenStart(), d.spokenEnd())));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        DialogueLabel d = parsed.get();
        String direction = String.join(" ", d.directions());
        if (d.isDirectionOnly()) {
            return Optional.of(new DialogueLine(null, List.of(), direction, d.marker()));
        }
        List<Span> spoken = spokenSegments(text, d, offset);
        if (spoken.isEmpty()) { // "Theodore : [ laughs ]" speaks no words: a direction with a label
            return Optional.of(new DialogueLine(d.label(), List.of(), direction, d.marker()));
        }
        return Optional.of(new DialogueLine(d.label(), spoken, null, null));
    }

    /** The stretches between stage directions that hold words, trimmed of quotation marks around the whole. */
    private static List<Span> spokenSegments(String text, DialogueLabel d, int offset) {
        List<Span> out = new ArrayList<>();
        for (DialogueLabel.Part part : d.spokenParts()) {
            int s = part.start();
            int e = part.end();
            if (e - s >= 2 && QUOTE_MARKS.indexOf(text.charAt(s)) >= 0 && QUOTE_MARKS.indexOf(text.charAt(e - 1)) >= 0) {
                s++;
                e--;
            }
            boolean hasWord = false;
            for (int k = s; k < e && !hasWord; k++) {
                hasWord = Character.isLetterOrDigit(text.charAt(k));
            }
            if (hasWord) {
                out.add(new Span(offset + s, offset + e));
            }
        }
        return out;
    }
}
