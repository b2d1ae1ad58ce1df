package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A theme loaded off the FX thread while the toolkit starts (Theme.preload) is the one the window then applies. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    @AfterEach
    void backToLight() throws Exception {
        WaitForAsyncUtils.asyncFx(Theme.LIGHT::apply).get();
    }

    @Test
    void aPreloadedThemeIsAppliedAndStylesControlsAsOneLoadedOnTheFxThread() throws Exception {
        double lightButton = brightnessOfAButtonUnder(Theme.LIGHT);
        Theme.DARK.preload().join();
        double darkButton = brightnessOfAButtonUnder(Theme.DARK);
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(darkButton < lightButton, darkButton + " vs " + lightButton);
        // and back: the light theme preloaded after the dark one was applied
        Theme.LIGHT.preload().join();
        assertTrue(brightnessOfAButtonUnder(Theme.LIGHT) == lightButton);
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"), Application.getUserAgentStylesheet());
    }

    /** The brightness of a new button's background once the theme is applied on the FX thread. */
    private static double brightnessOfAButtonUnder(Theme theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            theme.apply();
            Button b = new Button("Import…");
            new Scene(new StackPane(b));
            b.applyCss();
            return ((Color) b.getBackground().getFills().get(b.getBackground().getFills().size() - 1).getFill())
                    .getBrightness();
        }).get();
    }
}
