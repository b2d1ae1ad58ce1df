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
        boolean[] ran = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!ran[0]) {
                ran[0] = true;
                // removed outside the scene's loop over its listeners; the step runs once this pulse is done
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    step.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
