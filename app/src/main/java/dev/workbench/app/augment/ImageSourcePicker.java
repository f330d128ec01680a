package dev.workbench.app.augment;

import atlantafx.base.theme.Styles;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.lessons.augment.ImageFileException;
import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.data.LabeledImages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the preview's image comes from: a strip of Fashion-MNIST test images (one per class, or any
 * by number), the photos shipped in {@code datasets/images}, or a PNG or JPEG the user opens. A file
 * that cannot be used shows its problem right here and leaves the current image in place.
 */
public final class ImageSourcePicker extends VBox {
    public static final String STYLE_CLASS = "image-source-picker";
    public static final String THUMB_CLASS = "source-thumb";
    public static final String OPEN_ID = "augmentation-open-image";
    public static final String ERROR_ID = "augmentation-image-error";
    public static final String INDEX_ID = "augmentation-fashion-index";
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double FASHION_THUMB = 34;
    private static final double PHOTO_THUMB = 44;

    private final Executor background;
    private final Executor fx;
    private final Consumer<PreviewSource> onPick;
    private final HBox fashionStrip = new HBox();
    private final HBox photoStrip = new HBox();
    private final Spinner<Integer> index = new Spinner<>(0, 0, 0);
    private final Label error = new Label();
    private final List<Button> thumbs = new ArrayList<>();
    private LabeledImages fashion;
    private Path lastFolder;
    private boolean settingIndex;

    /**
     * @param background loads images off the FX thread
     * @param fx         runs code on the FX thread
     * @param onPick     receives the image to preview
     */
    public ImageSourcePicker(Executor background, Executor fx, Consumer<PreviewSource> onPick) {
        this.background = background;
        this.fx = fx;
        this.onPick = onPick;
        getStyleClass().add(STYLE_CLASS);
        fashionStrip.getStyleClass().add("source-strip");
        photoStrip.getStyleClass().add("source-strip");
        index.setId(INDEX_ID);
        index.setEditable(true);
        index.setPrefWidth(90);
        index.setDisable(true);
        index.setTooltip(new Tooltip("Any of the Fashion-MNIST test images, by number"));
        index.valueProperty().addListener((obs, old, value) -> {
            if (fashion != null && value != null && !settingIndex) {
                pick(PreviewSources.fashionMnist(fashion, value));
            }
        });
        Button open = new Button("Open image…");
        open.setId(OPEN_ID);
        open.setTooltip(new Tooltip("Preview the pipeline on a PNG or JPEG of your own"));
        open.setOnAction(e -> chooseFile());
        error.setId(ERROR_ID);
        error.getStyleClass().addAll("source-error", Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);

        FlowPane row = new FlowPane(group("Fashion-MNIST", fashionStrip, index), group("Photos", photoStrip), open);
        row.getStyleClass().add("source-row");
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error);
        load();
    }

    /** The problem with the last file opened, or null. */
    public String errorMessage() {
        return error.isVisible() ? error.getText() : null;
    }

    /** Reads a file and previews it, or shows why it cannot be read. */
    public CompletableFuture<PreviewSource> open(Path file) {
        lastFolder = file.toAbsolutePath().getParent();
        CompletableFuture<PreviewSource> read = CompletableFuture.supplyAsync(() -> {
            try {
                return PreviewSources.file(file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, background);
        return read.whenCompleteAsync((source, failure) -> {
            if (failure != null) {
                showError(message(failure));
            } else {
                pick(source);
            }
        }, fx);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an image to augment");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PNG or JPEG images", "*.png", "*.jpg", "*.jpeg"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            open(file.toPath());
        }
    }

    private void load() {
        CompletableFuture.supplyAsync(() -> {
            try {
                return PreviewSources.fashionMnist();
            } catch (DatasetException e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((images, failure) -> {
            if (failure != null) {
                showError("Fashion-MNIST is not available: " + message(failure));
                return;
            }
            fashion = images;
            index.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, images.size() - 1, 0));
            index.setDisable(false);
            for (int i : PreviewSources.onePerClass(images)) {
                PreviewSource source = PreviewSources.fashionMnist(images, i);
                fashionStrip.getChildren().add(thumb(source, FASHION_THUMB, () -> showFashion(i)));
            }
            showFashion(0);
        }, fx);
        CompletableFuture.supplyAsync(() -> {
            try {
                return PreviewSources.shippedPhotos();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((photos, failure) -> {
            if (failure != null) {
                showError("The sample photos could not be read: " + message(failure));
                return;
            }
            for (PreviewSource photo : photos) {
                photoStrip.getChildren().add(thumb(photo, PHOTO_THUMB, () -> pick(photo)));
            }
        }, fx);
    }

    private void showFashion(int i) {
        settingIndex = true;
        try {
            index.getValueFactory().setValue(i);
        } finally {
            settingIndex = false;
        }
        pick(PreviewSources.fashionMnist(fashion, i));
    }

    /** Expected problems (a bad file, a missing dataset) speak for themselves; anything else is described and logged. */
    private static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ImageFileException
                || cause instanceof DatasetException) {
            return cause.getMessage();
        }
        return LessonRunner.describe(cause);
    }

    private Button thumb(PreviewSource source, double size, Runnable action) {
        Button button = new Button();
        button.setGraphic(AugImages.view(source.image(), size));
        button.getStyleClass().add(THUMB_CLASS);
        button.setUserData(source.caption());
        button.setTooltip(new Tooltip(source.describe()));
        button.setOnAction(e -> action.run());
        thumbs.add(button);
        return button;
    }

    private void pick(PreviewSource source) {
        error.setVisible(false);
        thumbs.forEach(t -> t.pseudoClassStateChanged(SELECTED, source.caption().equals(t.getUserData())));
        onPick.accept(source);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static VBox group(String title, Node... content) {
        Label label = new Label(title);
        label.getStyleClass().add("source-group-title");
        HBox row = new HBox(content);
        row.getStyleClass().add("source-group-row");
        row.setAlignment(Pos.CENTER_LEFT);
        VBox group = new VBox(label, row);
        group.getStyleClass().add("source-group");
        return group;
    }
}
