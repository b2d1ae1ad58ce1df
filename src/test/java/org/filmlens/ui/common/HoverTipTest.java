package org.filmlens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip made on the first hover: none before it, then shown over a control or a plain node as before. */
@ExtendWith(ApplicationExtension.class)
class HoverTipTest {
    private final AtomicReference<String> labelText = new AtomicReference<>("Open this passage");
    private Label label;
    private Region box;
    private HoverTip labelTip;
    private HoverTip boxTip;

    @Start
    void start(Stage stage) {
        label = new Label("a source");
        label.setMinSize(120, 40);
        labelTip = HoverTip.install(label, labelText::get);
        box = new Region();
        box.setMinSize(120, 40);
        boxTip = HoverTip.install(box, "Compare the answers");
        stage.setScene(new Scene(new HBox(40, label, box), 400, 120));
        stage.show();
    }

    @Test
    void noTooltipIsMadeBeforeThePointerComes() {
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(labelTip.made());
        assertNull(boxTip.made());
        assertNull(label.getTooltip());
    }

    @Test
    void aControlTellsAssistiveTechnologyItsTooltipTextBeforeTheTooltipIsMade(FxRobot robot) {
        assertEquals("Open this passage", label.getAccessibleHelp());
        labelText.set("Read as hopeful from: sunrise");
        robot.interact(labelTip::update);
        assertEquals("Read as hopeful from: sunrise", label.getAccessibleHelp());
        assertNull(labelTip.made());
    }

    @Test
    void hoveringAControlShowsItsTooltipThroughItsProperty(FxRobot robot) throws Exception {
        robot.moveTo(label).moveBy(2, 1);
        Tooltip tip = shown(robot, labelTip);
        assertSame(tip, label.getTooltip());
        assertEquals("Open this passage", tip.getText());
    }

    @Test
    void hoveringAPlainNodeShowsItsTooltip(FxRobot robot) throws Exception {
        robot.moveTo(box).moveBy(2, 1);
        assertEquals("Compare the answers", shown(robot, boxTip).getText());
    }

    @Test
    void anUpdateFollowsTheTextAndANullTextTakesTheTooltipAway(FxRobot robot) throws Exception {
        robot.moveTo(label).moveBy(2, 1);
        shown(robot, labelTip);
        robot.moveTo(box);
        labelText.set("Read as hopeful from: sunrise");
        robot.interact(labelTip::update);
        assertEquals("Read as hopeful from: sunrise", label.getTooltip().getText());
        labelText.set(null);
        robot.interact(labelTip::update);
        assertNull(label.getTooltip());
        labelText.set("back again");
        robot.moveTo(label).moveBy(2, 1);
        assertEquals("back again", shown(robot, labelTip).getText());
    }

    /**
     * The tooltip once it shows, the pointer resting on the node with small moves as a hand makes (JavaFX's tooltip
     * timing is shared by every window: one still showing from an earlier test ignores moves until it hides).
     */
    private Tooltip shown(FxRobot robot, HoverTip hoverTip) throws Exception {
        for (int i = 0; i < 100 && !(hoverTip.made() != null && hoverTip.made().isShowing()); i++) {
            robot.moveBy(i % 2 == 0 ? 1 : -1, 0);
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> hoverTip.made() != null && hoverTip.made().isShowing());
        return hoverTip.made();
    }
}
