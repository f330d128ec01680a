package dev.workbench.app.landscape;

import dev.workbench.lessons.optim.OptimizerKind;
import javafx.scene.paint.Color;

import java.util.EnumMap;
import java.util.Map;

/**
 * One fixed colour per optimizer, so Adam is the same pink on every surface and in every legend.
 * Bright and saturated, to stand out on the muted heat map (each line also gets a dark outline).
 */
public final class LaneColours {
    private static final Map<OptimizerKind, Color> COLOURS = new EnumMap<>(Map.of(
            OptimizerKind.SGD, Color.web("#ff5252"),
            OptimizerKind.MOMENTUM, Color.web("#ffa62b"),
            OptimizerKind.NESTEROV, Color.web("#ffe14d"),
            OptimizerKind.RMSPROP, Color.web("#3ddc84"),
            OptimizerKind.ADAGRAD, Color.web("#4dd4ff"),
            OptimizerKind.ADADELTA, Color.web("#c6f16d"),
            OptimizerKind.ADAM, Color.web("#ff5ccd"),
            OptimizerKind.ADAMAX, Color.web("#b388ff"),
            OptimizerKind.NADAM, Color.web("#ffffff"),
            OptimizerKind.AMSGRAD, Color.web("#8fb8ff")));

    /** The outline under every line and marker. */
    public static final Color OUTLINE = Color.web("#0b1320");

    private LaneColours() {
    }

    public static Color of(OptimizerKind kind) {
        return COLOURS.get(kind);
    }
}
