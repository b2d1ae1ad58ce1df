package org.filmlens.ui.quotebrowser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quote table's filter over one load's rows: a speaker (null for all, {@link QuotesViewModel#UNATTRIBUTED} for
 * none) and lower-case words, and the order the rows that pass are shown in. Pure, so it runs in the background.
 */
record QuoteFilter(List<QuoteRow> rows, String speaker, String words, QuoteOrder order) {
    /** The rows that pass, in the filter's order. */
    Filtered apply() {
        if (speaker == null && words.isEmpty()) {
            return new Filtered(this, order.sort(rows));
        }
        List<QuoteRow> out = new ArrayList<>();
        for (QuoteRow row : rows) {
            if (matchesSpeaker(row) && (words.isEmpty() || row.text().toLowerCase(Locale.ROOT).contains(words))) {
                out.add(row);
            }
        }
        return new Filtered(this, order.sort(out));
    }

    private boolean matchesSpeaker(QuoteRow row) {
        if (speaker == null) {
            return true;
        }
        return speaker.equals(QuotesViewModel.UNATTRIBUTED) ? row.speaker().isEmpty()
                : speaker.equalsIgnoreCase(row.speaker());
    }

    /** A filter with the rows that passed it. */
    record Filtered(QuoteFilter filter, List<QuoteRow> passed) {}
}
