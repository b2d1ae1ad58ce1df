package org.filmlens.ui.quotebrowser;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.ui.common.Texts;

/**
 * The order the user asked for by clicking the table's headers: columns, first to last, each up or down; none keeps
 * the rows as loaded (most widely quoted first). Pure, so it sorts in the background with the filter: 355,000
 * quotes sorted on the FX thread through the table's own comparator (a collator) held it for 1-12 s.
 */
public record QuoteOrder(List<Key> keys) {
    public static final QuoteOrder AS_LOADED = new QuoteOrder(List.of());

    public enum Column { SOURCES, SPEAKER, TEXT }

    public record Key(Column column, boolean ascending) {}

    public QuoteOrder {
        keys = List.copyOf(keys);
    }

    /** The rows in this order; ties keep their order as loaded. {@code rows} is not changed. */
    public List<QuoteRow> sort(List<QuoteRow> rows) {
        if (keys.isEmpty() || rows.size() < 2) {
            return rows;
        }
        // each row's keys made once, not at every comparison (a sort compares each row ~20 times)
        boolean byText = uses(Column.TEXT);
        boolean bySpeaker = uses(Column.SPEAKER);
        List<Sortable> sortable = new ArrayList<>(rows.size());
        for (QuoteRow row : rows) {
            sortable.add(new Sortable(row, row.sources(), byText ? Texts.sortKey(row.text()) : "",
                    bySpeaker ? Texts.sortKey(row.speaker()) : ""));
        }
        Key[] order = keys.toArray(Key[]::new);
        sortable.sort(order.length == 1 && order[0].column() == Column.TEXT
                // the usual click, on the quotes' header, compared without the loop over columns
                ? (order[0].ascending() ? (a, b) -> a.textKey().compareTo(b.textKey())
                        : (a, b) -> b.textKey().compareTo(a.textKey()))
                : (a, b) -> compare(order, a, b));
        List<QuoteRow> out = new ArrayList<>(rows.size());
        for (Sortable s : sortable) {
            out.add(s.row());
        }
        return out;
    }

    private boolean uses(Column column) {
        return keys.stream().anyMatch(k -> k.column() == column);
    }

    /** Written out rather than chained from {@code Comparator.comparing}: the window's compiler inlines little. */
    private static int compare(Key[] order, Sortable a, Sortable b) {
        for (Key key : order) {
            int c = switch (key.column()) {
                case SOURCES -> Integer.compare(a.sources(), b.sources());
                case SPEAKER -> a.speakerKey().compareTo(b.speakerKey());
                case TEXT -> a.textKey().compareTo(b.textKey());
            };
            if (c != 0) {
                return key.ascending() ? c : -c;
            }
        }
        return 0;
    }

    private record Sortable(QuoteRow row, int sources, String textKey, String speakerKey) {}
}
