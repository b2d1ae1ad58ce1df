package org.filmlens.ui.notes;

import org.filmlens.corpus.Annotation;
import org.filmlens.ui.common.Texts;

/**
 * One annotation in the pane's table. Equal only to itself: each load makes one row per annotation, and the table
 * looks its selected row up among the rows after every filter and sort, where a record's equals would compare each
 * row's whole annotation.
 */
public final class AnnotationRow {
    /** The table's columns, by what of the row each shows. */
    public enum Column { WHERE, EXACT, NOTE, TAGS, STANCE, MODIFIED }

    private final Annotation annotation;
    private final String where;
    private final String exact;
    private final String words;
    private final String note;
    private final String tags;
    private final String stance;
    private final String modified;
    /** By column: what the table sorts the row by there, made at the first sort by that column (on the FX thread). */
    private final String[] sortKeys = new String[Column.values().length];

    /**
     * @param where what it is attached to, for people: a source's title, "Quote: …", "Scene 3: …", "Ending: …"
     * @param exact the annotated words as the table shows them (an excerpt), when it is attached to text
     * @param words the annotated words in full, as the detail under the table shows them
     */
    AnnotationRow(Annotation annotation, String where, String exact, String words, String note, String tags,
                  String stance, String modified) {
        this.annotation = annotation;
        this.where = where;
        this.exact = exact;
        this.words = words;
        this.note = note;
        this.tags = tags;
        this.stance = stance;
        this.modified = modified;
    }

    public Annotation annotation() {
        return annotation;
    }

    public String where() {
        return where;
    }

    public String exact() {
        return exact;
    }

    /** The annotated words in full (the {@link #exact} column shows an excerpt). */
    public String words() {
        return words;
    }

    public String note() {
        return note;
    }

    public String tags() {
        return tags;
    }

    public String stance() {
        return stance;
    }

    public String modified() {
        return modified;
    }

    /** What the row shows in a column. */
    public String text(Column column) {
        return switch (column) {
            case WHERE -> where;
            case EXACT -> exact;
            case NOTE -> note;
            case TAGS -> tags;
            case STANCE -> stance;
            case MODIFIED -> modified;
        };
    }

    /** What the table sorts the row by in a column ({@link Texts#sortKey}). */
    public String sortKey(Column column) {
        String key = sortKeys[column.ordinal()];
        if (key == null) {
            key = Texts.sortKey(text(column));
            sortKeys[column.ordinal()] = key;
        }
        return key;
    }

    public boolean canOpen() {
        return annotation.target().hasSpan() && annotation.target().sourceId() != null;
    }

    public boolean unplaced() {
        return annotation.unplaced();
    }

    @Override
    public String toString() {
        return "AnnotationRow[" + annotation.id() + "]";
    }
}
