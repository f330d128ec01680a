package dev.workbench.app.augment;

import dev.workbench.app.controls.SliderField;
import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The augmentation preview as a tab of any lesson that trains on augmented images: exactly what
 * the training pipeline does to an image with the form's settings and seed.
 */
public final class AugmentationPreviewPart implements LessonPagePart {
    public static final String PREVIEW_TAB_ID = "augmentation-preview-tab";
    private static final String CSS = "/dev/workbench/app/css/augmentation.css";

    private final AugmentationPreview preview;
    private final Tab previewTab;

    public AugmentationPreviewPart(PartContext context) {
        ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "augmentation-preview");
            thread.setDaemon(true);
            return thread;
        });
        preview = new AugmentationPreview(context.form(), background, context.fx());
        previewTab = new Tab("Augmentation preview", preview);
        previewTab.setId(PREVIEW_TAB_ID);
    }

    public AugmentationPreview preview() {
        return preview;
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(previewTab);
    }

    @Override
    public void refresh() {
    }

    @Override
    public List<String> stylesheets() {
        return List.of(SliderField.STYLESHEET,
                Objects.requireNonNull(AugmentationPreviewPart.class.getResource(CSS), CSS).toExternalForm());
    }
}
