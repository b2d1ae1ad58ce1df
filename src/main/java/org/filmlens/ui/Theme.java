package org.filmlens.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.sun.javafx.css.StyleManager;
import java.util.List;
import javafx.application.Application;

/** The two AtlantaFX themes; the application's own stylesheet only uses their colour variables. */
enum Theme {
    LIGHT, DARK;

    static Theme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /**
     * Makes this theme the user-agent stylesheet, unless it already is (loading one takes tens of milliseconds).
     * Applied before the first control is created, it also spares JavaFX from loading its own Modena stylesheet,
     * which {@code Control}'s static initialiser loads when no user-agent stylesheet is set yet.
     */
    void apply() {
        String stylesheet = stylesheet();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    /**
     * Starts loading this theme's stylesheet into JavaFX's style manager on a thread of its own, while the toolkit
     * starts: reading it and indexing its thousands of rules is some 100 ms that the FX thread otherwise spends
     * before the window can be built. {@link #apply()} then finds it loaded (the style manager keeps a list of
     * stylesheets that it is given again as it is), or waits for the load under the style manager's lock. If the
     * load fails here, apply() loads it as before. Returns the started thread.
     */
    Thread preload() {
        Thread t = new Thread(() -> {
            try {
                StyleManager.getInstance().setUserAgentStylesheets(List.of(stylesheet()));
            } catch (RuntimeException | LinkageError e) {
                // apply() loads it on the FX thread
            }
        }, "filmlens-theme");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private String stylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
