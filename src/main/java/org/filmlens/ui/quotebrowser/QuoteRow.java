package org.filmlens.ui.quotebrowser;

import org.filmlens.corpus.Quote;

/**
 * One canonical quote in the browser's table. Equal only to itself: the table looks its selected row up among all
 * the rows after every filter or sort (355,000 at 100 MB), and a record's equals would compare each row's whole
 * quote, occurrences and all; each load makes one row per quote, so no two rows stand for the same quote.
 */
public final class QuoteRow {
    private final Quote quote;

    private QuoteRow(Quote quote) {
        this.quote = quote;
    }

    static QuoteRow of(Quote q) {
        return new QuoteRow(q);
    }

    public Quote quote() {
        return quote;
    }

    public String text() {
        return quote.text();
    }

    /** The speaker, empty when no source attributes the line. */
    public String speaker() {
        return quote.speaker() == null ? "" : quote.speaker();
    }

    public int sources() {
        return quote.sourceIds().size();
    }

    @Override
    public String toString() {
        return "QuoteRow[" + quote.id() + "]";
    }
}
