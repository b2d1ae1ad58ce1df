package org.filmlens.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs a step once the window has styled and laid out what a node's scene holds now. A pane built in parts, one
 * pulse apart, costs the FX thread several short waits on its first showing (input and painting get their turn
 * between them) rather than one long one.
 */
public final class NextPulse {
    private NextPulse() {}

    /** Runs {@code step} on the FX thread after the next pulse of the scene {@code node} is, or will be, in. */
    public static void then(Node node, Runnable step) {
        if (node.getScene() != null) {
            after(node.getScene(), step);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    after(now, step);
                }
            }
        });
    }

    private static void after(Scene scene, Runnable step) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // after this pulse, so that what the step adds is styled and laid out in a pulse of its own
                Platform.runLater(step);
            }
        });
        Platform.requestNextPulse();
    }
}
