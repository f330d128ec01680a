package dev.workbench.app.cnn;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * A tooltip made only when the mouse first enters its node. Views with hundreds of cells would
 * otherwise build hundreds of popup controls up front, which stalls the FX thread.
 */
final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Shows {@code text.get()} (read when the mouse enters) as the node's tooltip. */
    static void install(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            Tooltip tooltip = (Tooltip) node.getProperties().get(LazyTooltip.class);
            if (tooltip == null) {
                tooltip = new Tooltip();
                node.getProperties().put(LazyTooltip.class, tooltip);
                Tooltip.install(node, tooltip);
            }
            tooltip.setText(text.get());
        });
    }
}
