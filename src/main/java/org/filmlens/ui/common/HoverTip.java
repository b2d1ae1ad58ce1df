package org.filmlens.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its node, not with the node. A {@link Tooltip} is a popup window
 * with a scene of its own: the window's first frame made dozens (a source-tree row, a matrix cell, its stance chip
 * each had one) that nobody had pointed at yet. Made on entering, it is in place before the pointer's first move
 * over the node, which is what starts a tooltip's delay, so it shows as it did.
 */
public final class HoverTip {
    private final Node node;
    private final Supplier<String> text;
    private Tooltip tip;
    /** Whether {@link #tip} is the node's tooltip now. */
    private boolean attached;

    private HoverTip(Node node, Supplier<String> text) {
        this.node = node;
        this.text = text;
    }

    /** A fixed tooltip text. */
    public static HoverTip install(Node node, String text) {
        return install(node, () -> text);
    }

    /**
     * A tooltip whose text is asked for when the pointer enters {@code node} (and on {@link #update}); a null text
     * means no tooltip.
     */
    public static HoverTip install(Node node, Supplier<String> text) {
        HoverTip hoverTip = new HoverTip(node, text);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hoverTip.refresh());
        hoverTip.describe(text.get());
        return hoverTip;
    }

    /**
     * Brings a tooltip up to date with its text (a reused cell's new item): makes one only when the pointer is over
     * the node already (a row scrolled under a still pointer gets no entering event).
     */
    public void update() {
        if (tip != null || node.isHover()) {
            refresh();
        } else {
            describe(text.get());
        }
    }

    /** The tooltip made so far, or null. */
    public Tooltip made() {
        return tip;
    }

    private void refresh() {
        String now = text.get();
        describe(now);
        if (now == null) {
            attach(null);
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
        }
        tip.setText(now);
        attach(tip);
    }

    /**
     * Assistive technology reads a control's tooltip text as its help: until the tooltip is made it reads the same
     * text from here.
     */
    private void describe(String now) {
        if (node instanceof Control control && !Objects.equals(now, control.getAccessibleHelp())) {
            control.setAccessibleHelp(now);
        }
    }

    /** A control's tooltip goes through its property (which also gives it to assistive technology). */
    private void attach(Tooltip t) {
        if (attached == (t != null)) {
            return;
        }
        attached = t != null;
        if (node instanceof Control control) {
            control.setTooltip(t);
        } else if (t == null) {
            Tooltip.uninstall(node, tip);
        } else {
            Tooltip.install(node, t);
        }
    }
}
