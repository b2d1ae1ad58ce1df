package org.filmlens.ui.quotebrowser;

import java.util.List;

/**
 * One load's rows ({@code loaded}, most widely quoted first) in an order: sorted once per order, then filtered in
 * that order as often as the user asks, since a filter keeps the order of what it passes. At 100 MB a sort by the
 * quotes' words takes most of a second, a filter a tenth of that.
 */
record OrderedRows(List<QuoteRow> loaded, QuoteOrder order, List<QuoteRow> rows) {
    static OrderedRows asLoaded(List<QuoteRow> loaded) {
        return new OrderedRows(loaded, QuoteOrder.AS_LOADED, loaded);
    }

    /** These rows in {@code wanted}'s order: themselves when they are in it already. */
    OrderedRows in(QuoteOrder wanted) {
        return wanted.equals(order) ? this : new OrderedRows(loaded, wanted, wanted.sort(loaded));
    }
}
