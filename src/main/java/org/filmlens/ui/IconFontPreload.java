package org.filmlens.ui;

import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * Loads the icon font on a thread of its own as the application starts: the first icon otherwise makes Ikonli find
 * its icon packs and read Feather's font file out of its jar on the FX thread, before the window is built.
 */
final class IconFontPreload {
    private IconFontPreload() {}

    /** Starts the load; the first icon made meanwhile waits for it rather than loading the font a second time. */
    static void start() {
        Thread t = new Thread(IkonResolver::getInstance, "filmlens-icon-font");
        t.setDaemon(true);
        t.start();
    }
}
