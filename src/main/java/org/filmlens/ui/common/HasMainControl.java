package org.filmlens.ui.common;

import javafx.scene.Node;

/**
 * A pane with one control that the keyboard should be in when the pane is brought forward (shortcut+1…6, a followed
 * link): its table or list, so that the arrow keys move there at once. Without it the scene hands focus to its first
 * control, the search field, whose query the next keystroke replaced.
 */
public interface HasMainControl {
    /** The control to focus, or null when the pane has nothing to focus yet. */
    Node mainControl();
}
