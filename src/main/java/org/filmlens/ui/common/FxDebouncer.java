package org.filmlens.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX timeline (calls must come from the FX thread, as input events do). */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration wait) {
        pause = new PauseTransition(wait);
        pause.setOnFinished(e -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    @Override
    public void call(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
