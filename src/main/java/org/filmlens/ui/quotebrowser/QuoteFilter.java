package org.filmlens.ui.quotebrowser;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.ui.common.Texts;

/**
 * The quote table's filter over one load's rows: a speaker (null for all, {@link QuotesViewModel#UNATTRIBUTED} for
 * none) and lower-case words, and the order the rows that pass are shown in. Pure, so it runs in the background.
 */
record QuoteFilter(OrderedRows from, String speaker, String words, QuoteOrder order) {
    /** The rows that pass, in the filter's order, and all the rows in that order (to filter again without sorting). */
    Filtered apply() {
        OrderedRows ordered = from.in(order);
        if (speaker == null && words.isEmpty()) {
            return new Filtered(ordered, ordered.rows());
        }
        List<QuoteRow> out = new ArrayList<>();
        for (QuoteRow row : ordered.rows()) {
            if (matchesSpeaker(row) && Texts.containsIgnoringCase(row.text(), words)) {
                out.add(row);
            }
        }
        return new Filtered(ordered, out);
    }

    private boolean matchesSpeaker(QuoteRow row) {
        if (speaker == null) {
            return true;
        }
        return speaker.equals(QuotesViewModel.UNATTRIBUTED) ? row.speaker().isEmpty()
                : speaker.equalsIgnoreCase(row.speaker());
    }

    /** All the rows in the filter's order, and those that passed it. */
    record Filtered(OrderedRows ordered, List<QuoteRow> passed) {}
}
