package org.filmlens.ui.quotebrowser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.filmlens.corpus.Quote;
import org.filmlens.ui.quotebrowser.QuoteOrder.Column;
import org.filmlens.ui.quotebrowser.QuoteOrder.Key;
import org.junit.jupiter.api.Test;

class OrderedRowsTest {
    private final List<QuoteRow> loaded = List.of(row("q1", "Bay", 2), row("q2", "Atoll", 1), row("q3", "Cove", 1));

    @Test
    void rowsAlreadyInTheOrderAskedForAreTakenAsTheyAre() {
        OrderedRows byText = OrderedRows.asLoaded(loaded).in(order(Column.TEXT, true));
        assertEquals(List.of("q2", "q1", "q3"), ids(byText.rows()));
        assertSame(byText, byText.in(order(Column.TEXT, true)));
    }

    @Test
    void anotherOrderSortsTheRowsAsLoadedSoTiesKeepThatOrder() {
        OrderedRows byTextDown = OrderedRows.asLoaded(loaded).in(order(Column.TEXT, false));
        assertEquals(List.of("q3", "q1", "q2"), ids(byTextDown.rows()));
        assertEquals(List.of("q2", "q3", "q1"), ids(byTextDown.in(order(Column.SOURCES, true)).rows()));
        assertEquals(List.of("q1", "q2", "q3"), ids(byTextDown.in(QuoteOrder.AS_LOADED).rows()));
    }

    private static QuoteOrder order(Column column, boolean ascending) {
        return new QuoteOrder(List.of(new Key(column, ascending)));
    }

    private static QuoteRow row(String id, String text, int sources) {
        return QuoteRow.of(new Quote(id, text, "Rosa", List.of("s1", "s2").subList(0, sources), List.of()));
    }

    private static List<String> ids(List<QuoteRow> rows) {
        return rows.stream().map(r -> r.quote().id()).toList();
    }
}
