package org.filmlens.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** What the window remembers between runs: its bounds, the last workspace, the theme, the last pane. */
final class WindowPreferences {
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    private final Preferences node;

    WindowPreferences(Preferences node) {
        this.node = node;
    }

    static WindowPreferences user() {
        return new WindowPreferences(Preferences.userRoot().node("org/filmlens/window"));
    }

    /** Puts the stage where it was, unless that place is no longer on any screen (a monitor unplugged). */
    void restoreBounds(Stage stage) {
        double w = node.getDouble("width", DEFAULT_WIDTH);
        double h = node.getDouble("height", DEFAULT_HEIGHT);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        w = Math.min(w, screen.getWidth());
        h = Math.min(h, screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, w, h).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    void saveBounds(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
        }
        flush();
    }

    Optional<Path> lastWorkspace() {
        String p = node.get("workspace", null);
        try {
            return p == null ? Optional.empty() : Optional.of(Path.of(p));
        } catch (InvalidPathException damaged) { // a hand-edited or damaged preference: start as with none
            return Optional.empty();
        }
    }

    /**
     * Not flushed here: a flush writes a file on the FX thread (and loads the XML classes, some 40 ms while the window
     * starts). Java's preferences write themselves from their own timer thread within 30 s and at exit, and closing
     * the window flushes with its bounds.
     */
    void setLastWorkspace(Path dir) {
        node.put("workspace", dir.toString());
    }

    boolean dark() {
        return node.getBoolean("dark", false);
    }

    void setDark(boolean dark) {
        node.putBoolean("dark", dark); // not flushed, as the workspace
    }

    String lastPane() {
        return node.get("pane", "");
    }

    void setLastPane(String id) {
        node.put("pane", id);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: losing them must not disturb the user
        }
    }
}
