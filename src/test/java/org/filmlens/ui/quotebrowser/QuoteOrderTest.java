package org.filmlens.ui.quotebrowser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Quote;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.quotebrowser.QuoteOrder.Column;
import org.filmlens.ui.quotebrowser.QuoteOrder.Key;
import org.junit.jupiter.api.Test;

class QuoteOrderTest {
    // as loaded: most widely quoted first
    private final List<QuoteRow> loaded = List.of(
            row("q1", "“Were you scared?”", "Rosa", 9),
            row("q2", "all of it, every night", "", 7),
            row("q3", "Éclairs for breakfast.", "Dev", 7),
            row("q4", "Zero is a number too.", "ana", 3),
            row("q5", "...and then we ran.", "Rosa", 3));

    @Test
    void noKeysKeepsTheRowsAsLoaded() {
        assertSame(loaded, QuoteOrder.AS_LOADED.sort(loaded));
    }

    @Test
    void theQuoteColumnSortsByWordsNotByCaseAccentsOrOpeningMarks() {
        assertEquals(List.of("q2", "q5", "q3", "q1", "q4"), ids(order(new Key(Column.TEXT, true)).sort(loaded)));
        assertEquals(List.of("q4", "q1", "q3", "q5", "q2"), ids(order(new Key(Column.TEXT, false)).sort(loaded)));
    }

    @Test
    void accentsSortAlikeWhetherPrecomposedOrCombined() {
        assertEquals(Texts.sortKey("Éclat"), Texts.sortKey("E\u0301clat"));
        assertEquals("eclat, naively… “right”", Texts.sortKey("— Éclat, naïvely… “right”"));
        assertEquals("it’s ×2 — ok…", Texts.sortKey("“IT’S ×2 — OK…"));
        // a letter outside the 16-bit range (Deseret) is lower-cased as String does it
        String deseret = "\uD801\uDC00\uD801\uDC01 Ab";
        assertEquals(deseret.toLowerCase(java.util.Locale.ROOT), Texts.sortKey(deseret));
    }

    @Test
    void linesEqualButForCaseOrAccentsKeepTheirLoadedOrderEitherWay() {
        List<QuoteRow> tied = List.of(row("t1", "Éclat", "", 1), row("t2", "eclat", "", 1), row("t3", "ECLAT", "", 1));
        assertEquals(List.of("t1", "t2", "t3"), ids(order(new Key(Column.TEXT, true)).sort(tied)));
        assertEquals(List.of("t1", "t2", "t3"), ids(order(new Key(Column.TEXT, false)).sort(tied)));
    }

    @Test
    void speakersSortWithoutRegardToCaseUnattributedFirstTiesKeptAsLoaded() {
        assertEquals(List.of("q2", "q4", "q3", "q1", "q5"), ids(order(new Key(Column.SPEAKER, true)).sort(loaded)));
    }

    @Test
    void sourcesAscendingKeepsTiesAsLoaded() {
        assertEquals(List.of("q4", "q5", "q2", "q3", "q1"), ids(order(new Key(Column.SOURCES, true)).sort(loaded)));
    }

    @Test
    void aSecondColumnOrdersWithinTheFirst() {
        QuoteOrder bySpeakerThenFewestSources = order(new Key(Column.SPEAKER, false), new Key(Column.SOURCES, true));
        assertEquals(List.of("q5", "q1", "q3", "q4", "q2"), ids(bySpeakerThenFewestSources.sort(loaded)));
    }

    @Test
    void theRowsHandedInAreNotChanged() {
        List<QuoteRow> rows = new ArrayList<>(loaded);
        order(new Key(Column.TEXT, true)).sort(rows);
        assertEquals(loaded, rows);
    }

    private static QuoteOrder order(Key... keys) {
        return new QuoteOrder(List.of(keys));
    }

    private static QuoteRow row(String id, String text, String speaker, int sources) {
        List<String> sourceIds = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            sourceIds.add("s" + i);
        }
        return QuoteRow.of(new Quote(id, text, speaker.isEmpty() ? null : speaker, sourceIds, List.of()));
    }

    private static List<String> ids(List<QuoteRow> rows) {
        return rows.stream().map(r -> r.quote().id()).toList();
    }
}
