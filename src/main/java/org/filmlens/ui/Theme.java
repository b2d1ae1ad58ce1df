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

    void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
