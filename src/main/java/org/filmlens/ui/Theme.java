package org.filmlens.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
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
        String stylesheet = this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
