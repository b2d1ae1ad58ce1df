package org.filmlens.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A pane whose selection (a passage, a quote, a scene, an ending question or answer) the window's Edit › Annotate…
 * annotates: one shortcut for every pane, held by the window's menu rather than by each pane, whose shortcuts
 * would all land in the one scene.
 */
public interface AnnotatesSelection {
    KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** Asks for a note on what is selected; nothing happens when nothing is. */
    void annotateSelection();
}
