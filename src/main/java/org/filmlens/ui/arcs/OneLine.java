package org.filmlens.ui.arcs;

/**
 * Text for a label that shows one line: cut to what any screen can show. A main character's aliases or company
 * across a filmography run to thousands of names (17,000 characters at 100 MB); the label showed one clipped line
 * of them either way, but measured, wrapped and clipped the whole text on every layout of the pane.
 */
final class OneLine {
    /** More than the widest window shows on one line (about 6 px a character). */
    static final int MAX_CHARS = 800;

    private OneLine() {}

    /** {@code text}, or its first {@link #MAX_CHARS} characters and "…" so that the cut shows on any width. */
    static String capped(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
