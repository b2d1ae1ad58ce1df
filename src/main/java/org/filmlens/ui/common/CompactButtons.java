package org.filmlens.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.Region;

/**
 * Toolbar buttons that keep a readable face in a narrow window: never cut to "Ed…" (they do not shrink below their
 * size; the fields beside them shrink instead), and shown as their icon alone, their label as a tooltip, while the
 * bar is narrower than what the labels need.
 */
public final class CompactButtons {
    private CompactButtons() {}

    /** Below {@code narrowerThan} pixels of {@code bar}'s width, {@code buttons} show their icon only. */
    public static void in(Region bar, double narrowerThan, ButtonBase... buttons) {
        for (ButtonBase b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            String label = b.getText();
            // a button that has a tooltip already keeps it: it says more than the label
            if (b.getAccessibleHelp() == null) {
                HoverTip.install(b, () -> b.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY ? label : null);
            }
        }
        bar.widthProperty().addListener((obs, old, width) -> {
            ContentDisplay shown = width.doubleValue() > 0 && width.doubleValue() < narrowerThan
                    ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (ButtonBase b : buttons) {
                b.setContentDisplay(shown);
            }
        });
    }
}
