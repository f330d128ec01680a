package dev.workbench.app.autoencoder;

import javafx.scene.paint.Color;

import java.util.List;

/** Ten colours that stay apart on light and dark backgrounds, one per Fashion-MNIST class (the "tab10" palette). */
final class ClassColours {
    private static final List<Color> COLOURS = List.of(Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"),
            Color.web("#d62728"), Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"),
            Color.web("#bcbd22"), Color.web("#17becf"));

    private ClassColours() {
    }

    static Color of(int label) {
        return COLOURS.get(Math.floorMod(label, COLOURS.size()));
    }
}
