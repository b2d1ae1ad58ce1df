package org.filmlens.ui.quotebrowser;

import org.filmlens.corpus.Quote;

/** One canonical quote in the browser's table. */
public record QuoteRow(Quote quote, String text, String speaker, int sources, int occurrences) {
    static QuoteRow of(Quote q) {
        return new QuoteRow(q, q.text(), q.speaker() == null ? "" : q.speaker(), q.sourceIds().size(),
                q.occurrences().size());
    }
}
