package org.filmlens.ui.reader;

/**
 * Words selected in one passage of the reader: where the drag (or the keyboard) started and where it is now, in the
 * passage's offsets, and the whole words between them, which are what is shown selected and what is annotated.
 */
public record ReaderSelection(PassageRow passage, int anchor, int caret, TextRange words) {
    public String text() {
        return passage.text().substring(words.start(), words.end());
    }
}
