package org.filmlens.ui.quotebrowser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            sortable.add(new Sortable(row, row.sources(), byText ? textKey(row.text()) : "",
                    bySpeaker ? textKey(row.speaker()) : ""));
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

    /**
     * What a reader sorts a line by: its first letter or digit on, case and accents aside ("“Élan…" with "elan"),
     * an empty speaker (unattributed) first.
     */
    static String textKey(String text) {
        int from = 0;
        while (from < text.length() && !Character.isLetterOrDigit(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        String s = text.substring(from);
        return (mayCarryAccents(s) ? withoutAccents(s) : s).toLowerCase(Locale.ROOT);
    }

    /** A letter past ASCII or a combining mark: curly quotes, dashes and ellipses alone need no decomposing. */
    private static boolean mayCarryAccents(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC0 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record Sortable(QuoteRow row, int sources, String textKey, String speakerKey) {}
}
