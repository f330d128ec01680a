package dev.workbench.app.autoencoder;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.augment.noise.NoiseCorruptionText;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Denoising side by side: for a few test images, the corrupted input, what the network makes of it
 * and the clean target, with each one's error against the target. The noise can be changed here
 * without retraining, to see how far the network's cleaning reaches.
 */
final class DenoisePanel extends VBox {
    static final String NOISE_ID = "ae-denoise-noise";
    static final String GRID_ID = "ae-denoise-grid";
    private static final double SIZE = 84;

    private final TextField noise = new TextField();
    private final Label problem = new Label();
    private final Label summary = new Label();
    private final GridPane grid = new GridPane();
    private int offset;
    private BiConsumer<String, Integer> onAsk = (text, n) -> { };
    private DenoiseView shown;
    private final Label forImagesOnly = new Label("Denoising is shown for images: a corrupted picture, what the "
            + "network makes of it, and the clean original side by side. This run learns from table rows "
            + "(dataset breast-cancer), where noise is not part of the lesson; choose the dataset shipped to see it.");

    DenoisePanel() {
        getStyleClass().add("ae-denoise");
        Label intro = new Label("A denoising autoencoder is trained on corrupted inputs with the clean image as its "
                + "target (setting Training noise). Here each test image is corrupted, passed through the network, and "
                + "set beside the clean original; the number under each is its error per pixel against the original.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        noise.setId(NOISE_ID);
        noise.setPromptText("as in the settings");
        noise.setPrefColumnCount(18);
        noise.setOnAction(e -> apply());
        Button apply = new Button("Apply");
        apply.setOnAction(e -> apply());
        Button other = new Button("Other images");
        other.setOnAction(e -> {
            offset++;
            ask();
        });
        problem.getStyleClass().add(Styles.DANGER);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        Label noiseLabel = new Label("Noise");
        noiseLabel.getStyleClass().add("ae-title");
        HBox controls = new HBox(noiseLabel, noise, apply, other, problem);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("ae-denoise-controls");
        summary.setWrapText(true);
        grid.setId(GRID_ID);
        grid.getStyleClass().add("ae-denoise-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("ae-denoise-scroll");
        scroll.setFitToWidth(true);
        forImagesOnly.setWrapText(true);
        forImagesOnly.managedProperty().bind(forImagesOnly.visibleProperty());
        forImagesOnly.setVisible(false);
        getChildren().addAll(forImagesOnly, intro, controls, summary, scroll);
    }

    /** Shows the denoising views (true), or only a note that they are for images (false, table rows). */
    void setForImages(boolean images) {
        forImagesOnly.setVisible(!images);
        for (var child : getChildren()) {
            if (child != forImagesOnly) {
                child.setVisible(images);
                child.setManaged(images);
            }
        }
    }

    boolean forImages() {
        return !forImagesOnly.isVisible();
    }

    void setOnAsk(BiConsumer<String, Integer> handler) {
        onAsk = handler;
    }

    /** Asks for the current noise and images. */
    void ask() {
        onAsk.accept(noise.getText().trim(), offset);
    }

    DenoiseView shown() {
        return shown;
    }

    GridPane grid() {
        return grid;
    }

    private void apply() {
        String text = noise.getText().trim();
        String error = text.isEmpty() ? null : NoiseCorruptionText.problem(text);
        problem.setText(error == null ? "" : error);
        problem.setVisible(error != null);
        if (error == null) {
            ask();
        }
    }

    void clear() {
        shown = null;
        grid.getChildren().clear();
        summary.setText("");
    }

    void show(DenoiseView view) {
        shown = view;
        noise.setPromptText(view.noise());
        grid.getChildren().clear();
        String[] rows = {"noisy input", "network output", "clean target"};
        for (int r = 0; r < rows.length; r++) {
            Label heading = new Label(rows[r]);
            heading.getStyleClass().add("ae-row-heading");
            grid.add(heading, 0, r + 1);
        }
        for (int c = 0; c < view.items().size(); c++) {
            var item = view.items().get(c);
            Label caption = new Label(view.captions().get(c));
            caption.getStyleClass().add("ae-column-heading");
            grid.add(caption, c + 1, 0);
            grid.add(cell(item.noisy(), String.format(Locale.ROOT, "%.4f", item.noisyError())), c + 1, 1);
            grid.add(cell(item.output(), String.format(Locale.ROOT, "%.4f", item.outputError())), c + 1, 2);
            grid.add(cell(item.clean(), "target"), c + 1, 3);
        }
        double noisy = view.meanNoisyError();
        double output = view.meanOutputError();
        String trained = "none".equals(view.trainedNoise())
                ? "This network was trained on clean inputs (Training noise none); set Training noise to train a denoising one."
                : "This network was trained with noise " + view.trainedNoise() + ".";
        summary.setText(String.format(Locale.ROOT, "Noise %s. Mean error per pixel: noisy input %.4f, network output %.4f "
                + "(%s). ", view.noise(), noisy, output, output < noisy
                ? String.format(Locale.ROOT, "%.0f%% less", 100 * (1 - output / noisy)) : "no better") + trained);
    }

    private VBox cell(float[] pixels, String caption) {
        ImageView view = Pictures.view(SIZE);
        view.setImage(Pictures.grey(pixels));
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("ae-image-frame");
        Label label = new Label(caption);
        label.getStyleClass().add("ae-tile-caption");
        VBox cell = new VBox(frame, label);
        cell.setAlignment(Pos.TOP_CENTER);
        cell.getStyleClass().add("ae-tile");
        return cell;
    }
}
