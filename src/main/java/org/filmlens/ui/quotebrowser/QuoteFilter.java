package org.filmlens.ui.quotebrowser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quote table's filter over one load's rows: a speaker (null for all, {@link QuotesViewModel#UNATTRIBUTED} for
 * none) and lower-case words. Pure, so it runs in the background.
 */
record QuoteFilter(List<QuoteRow> rows, String speaker, String words) {
    /** The rows that pass, in their order. */
    Filtered apply() {
        if (speaker == null && words.isEmpty()) {
            return new Filtered(this, rows);
        }
        List<QuoteRow> out = new ArrayList<>();
        for (QuoteRow row : rows) {
            if (matchesSpeaker(row) && (words.isEmpty() || row.text().toLowerCase(Locale.ROOT).contains(words))) {
                out.add(row);
            }
        }
        return new Filtered(this, out);
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
