package dev.workbench.app.shell;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;

import java.util.Locale;

/**
 * The root font size as a multiple of the default. AtlantaFX sizes controls in em, so scaling
 * the root font enlarges the whole interface, as an instructor needs for a projector.
 */
public final class FontScale {
    /** Root font size at 100%, in pixels. */
    public static final double BASE_PX = 15;
    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    private static final int DEFAULT_STEP = 2;

    private final Parent root;
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);
    private int step = DEFAULT_STEP;

    public FontScale(Parent root) {
        this.root = root;
        apply();
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public void increase() {
        step = Math.min(STEPS.length - 1, step + 1);
        apply();
    }

    public void decrease() {
        step = Math.max(0, step - 1);
        apply();
    }

    /** Goes to the step nearest to {@code wanted} (a scale remembered from an earlier session). */
    public void select(double wanted) {
        int nearest = 0;
        for (int i = 1; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - wanted) < Math.abs(STEPS[nearest] - wanted)) {
                nearest = i;
            }
        }
        step = nearest;
        apply();
    }

    public void reset() {
        step = DEFAULT_STEP;
        apply();
    }

    private void apply() {
        scale.set(STEPS[step]);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_PX * STEPS[step]));
    }
}
